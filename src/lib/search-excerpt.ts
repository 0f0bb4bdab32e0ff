// Builds a result's excerpt from the page's indexed text and the word positions that matched, as
// plain text parts (marked or not), so the page renders it with text nodes and never parses HTML.
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
 * The excerpt of `content` (the index's text of a page) around the matched word `locations`,
 * with matched words marked and "…" where text was cut; hidden text is skipped.
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
  const start = excerptStart(matched, words.length, length);
  const end = Math.min(words.length, start + length);
  const marked = new Set(matched);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    push(words[i]!, marked.has(i));
    if (i < end - 1) push(' ', false);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
