// Builds a result's excerpt from the page's indexed text and the word positions that matched, as
// plain text parts (marked or not), so the page renders it with text nodes and never parses HTML.
// The excerpt starts at the beginning of the sentence that holds the match and ends at the end of a
// sentence where it can, with "…" only where a sentence was cut.
// A figure's other spellings (content/figures/*.md `aliases`) are indexed so that "27,6 million"
// or "150bn" find it, but a reader should not see that list: its words are left out here.

/** Words in an excerpt. */
const EXCERPT_WORDS = 30;

/** How the index splits a page's text into words (white space except U+FEFF); positions count these. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ExcerptOptions {
  /** Text indexed on the page but hidden from readers (a figure's other spellings). */
  hidden?: string | undefined;
  /** Text to mark when every match was in the hidden text (a figure's value, which they spell). */
  fallback?: string | undefined;
  length?: number;
}

const wordsOf = (text: string) => text.split(WORD_SEPARATORS).filter(Boolean);

/** Position of the first run of `needle` words in `words`, or -1. */
export function findWords(words: string[], needle: string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= words.length; i++) {
    for (let j = 0; j < needle.length; j++) if (words[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** First word of the window of `length` words that holds the most matches (earliest on a tie). */
export function excerptStart(locations: number[], wordCount: number, length = EXCERPT_WORDS): number {
  if (locations.length === 0 || wordCount <= length) return 0;
  const sorted = [...locations].sort((a, b) => a - b);
  const lead = Math.floor(length / 4);
  let best = 0;
  let bestCount = -1;
  for (const loc of sorted) {
    const start = Math.max(0, Math.min(loc - lead, wordCount - length));
    const count = sorted.filter((l) => l >= start && l < start + length).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Whether a word ends a sentence: a final ".", "!", "?" or "…", perhaps followed by closing quotes
 * or brackets. Initialisms such as "U.S." do not; the index ends each heading and block with ".".
 */
export function endsSentence(word: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word);
}

/**
 * The words to show, [start, end): all of them if they fit; else the window of `length` words
 * with the most matches, started instead at the beginning of the sentence that holds its first
 * match (if that sentence began at most half a window earlier), then ended after the last full
 * sentence that still shows the match (if one ends in the second half of the window).
 */
export function excerptRange(words: string[], matched: number[], length = EXCERPT_WORDS): { start: number; end: number } {
  if (words.length <= length) return { start: 0, end: words.length };
  let start = excerptStart(matched, words.length, length);
  const anchor = [...matched].sort((a, b) => a - b).find((m) => m >= start) ?? start;
  for (let i = anchor; i >= Math.max(0, anchor - Math.floor(length / 2)); i--) {
    if (i === 0 || endsSentence(words[i - 1]!)) {
      start = i;
      break;
    }
  }
  let end = Math.min(words.length, start + length);
  if (end < words.length) {
    for (let j = end; j > Math.max(anchor, start + Math.floor(length / 2)); j--) {
      if (endsSentence(words[j - 1]!)) {
        end = j;
        break;
      }
    }
  }
  return { start, end };
}

/**
 * The excerpt of `content` (the index's text of a page) around the matched word `locations`,
 * with matched words marked and "…" where a sentence was cut; hidden text is skipped.
 */
export function buildExcerpt(content: string, locations: number[], options: ExcerptOptions = {}): ExcerptPart[] {
  const length = options.length ?? EXCERPT_WORDS;
  const all = content.split(WORD_SEPARATORS);
  const hiddenWords = options.hidden ? wordsOf(options.hidden) : [];
  const hiddenAt = findWords(all, hiddenWords);
  const isHidden = (i: number) => hiddenAt !== -1 && i >= hiddenAt && i < hiddenAt + hiddenWords.length;
  // Positions in `words` (the visible words) of each original position.
  const words: string[] = [];
  const position = new Map<number, number>();
  all.forEach((w, i) => {
    if (isHidden(i)) return;
    position.set(i, words.length);
    words.push(w);
  });
  let matched = locations.filter((l) => position.has(l)).map((l) => position.get(l)!);
  if (matched.length === 0 && locations.length > 0 && options.fallback) {
    const fallback = wordsOf(options.fallback);
    const at = findWords(words, fallback);
    if (at !== -1) matched = fallback.map((_, j) => at + j);
  }
  const { start, end } = excerptRange(words, matched, length);
  const marked = new Set(matched);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0 && !endsSentence(words[start - 1]!)) push('… ', false);
  for (let i = start; i < end; i++) {
    push(words[i]!, marked.has(i));
    if (i < end - 1) push(' ', false);
  }
  if (end < words.length && !endsSentence(words[end - 1]!)) push(' …', false);
  return parts;
}
