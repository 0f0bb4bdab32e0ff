// Turns what a reader types into the query the search index understands. The index keeps
// "$", ".", "," and "%" inside words (so "27.6", "$150" and "1%" are words of their own); this
// rewrites the other ways people write the same numbers into the spelling the site uses.
import { withoutHiddenCharacters } from './hidden-characters';

/** Longest query we search for; longer input is cut at a word boundary and the reader is told. */
export const MAX_QUERY_LENGTH = 100;

export interface NormalisedQuery {
  /** The query to hand to the index ("" when there is nothing to search for). */
  query: string;
  /** True when the input was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

const MAGNITUDES: [RegExp, string][] = [
  [/(\d)\s*(?:bn|bln|b)(?![\p{L}\d])/giu, '$1 billion'],
  [/(\d)\s*(?:mn|mln|mio|m)(?![\p{L}\d])/giu, '$1 million'],
];

/** "90k" → "90,000": thousands written with k, as the site writes them. */
function expandThousands(text: string): string {
  return text.replace(/(?<![\d.,])(\d{1,3})\s*k(?![\p{L}\d])/giu, (_, n: string) => `${n},000`);
}

/** Cuts text to at most max characters, at the last space if there is one in the second half. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}

/**
 * Normalises a search query: Unicode forms (full-width digits, no-break spaces), decimal commas
 * ("27,6" → "27.6", while "5,260" keeps its thousands comma), currency ("US$150", "USD 150",
 * "150 dollars" → "$150"), magnitudes ("150bn" → "150 billion", "27.6m" → "27.6 million",
 * "90k" → "90,000"), percentages ("1 %", "1 percent" → "1%") and stray punctuation at word ends.
 */
export function normaliseQuery(input: string, max = MAX_QUERY_LENGTH): NormalisedQuery {
  // Bidirectional controls and zero-width characters go: the query is shown in the page title.
  let q = withoutHiddenCharacters(input.normalize('NFKC').replace(/[\s\u200b]+/gu, ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
  const truncated = q.length > max;
  q = cap(q, max);
  q = q
    .replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2')
    .replace(/\b(?:US\s?\$|USD\s?\$?|US\s(?=\d))\s*(?=\d)/giu, '$')
    .replace(/\$\s+(?=\d)/g, '$')
    .replace(/(?<![$\d.,])(\d[\d.,]*)\s*(?:US\s?dollars|dollars|USD)(?![\p{L}])/giu, '$$$1')
    .replace(/(\d)\s*(?:%|per\s?cent|percent|pct)(?![\p{L}])/giu, '$1%');
  for (const [pattern, replacement] of MAGNITUDES) q = q.replace(pattern, replacement);
  q = expandThousands(q);
  q = q
    .split(' ')
    .map((word) => word.replace(/^[.,]+|[.,]+$/g, ''))
    .filter(Boolean)
    .join(' ');
  return { query: q, truncated };
}

/** Short words not worth highlighting on a page: they would light up every line. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'than',
  'the',
  'to',
  'was',
  'were',
  'with',
]);

/**
 * The words of a normalised query to highlight on the page a result opens: lower-cased, without
 * short common words, and without a leading "$" (so "$150" also lights up "US$150").
 */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/^\$/, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !STOP_WORDS.has(w));
  return [...new Set(words)];
}
