// Builds a result's excerpt from the page's indexed text and the word positions that matched, as
// plain text parts (marked or not), so the page renders it with text nodes and never parses HTML.

/**
 * Index weight of a figure's other spellings (content/figures/*.md `aliases`). They are indexed
 * so that "27,6 million" or "150bn" find the figure, but a reader should not see the list of
 * spellings, so matches at this weight are left out of excerpts. No heading or other content
 * uses this weight (headings get 2 to 7 from the index, a figure's value 10).
 */
export const ALIAS_WEIGHT = 5.5;

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;

/** How the index splits a page's text into words (white space except U+FEFF); positions count these. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface WeightedLocation {
  weight: number;
  location: number;
}

/** The matched word positions a reader may see: everything but the hidden spellings. */
export function visibleLocations(locations: WeightedLocation[]): number[] {
  return locations.filter((l) => l.weight !== ALIAS_WEIGHT).map((l) => l.location);
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
 * The excerpt of `content` (the index's text of a page) around `locations`, with matched words marked and "…" where text was cut.
 */
export function buildExcerpt(content: string, locations: number[], length = EXCERPT_WORDS): ExcerptPart[] {
  const words = content.split(WORD_SEPARATORS);
  const start = excerptStart(locations, words.length, length);
  const end = Math.min(words.length, start + length);
  const marked = new Set(locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
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
