// The words a search result carries to its page (/figures/x/?highlight=27.6+million), and finding
// them in the page's text to mark them. Like the index, a term matches the start of a word:
// "child" marks "children". Every page loads this, so it stays small.

/** Name of the address parameter that carries the words to highlight on a result's page. */
export const HIGHLIGHT_PARAM = 'highlight';

export interface TextPart {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for words that start with one of the terms, or null when there is nothing to find. */
export function highlightPattern(terms: string[]): RegExp | null {
  const usable = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])(?:${usable.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Splits text into marked and unmarked parts; one unmarked part when nothing matches. */
export function splitMatches(text: string, pattern: RegExp): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** The words to highlight, from a page's address ("?highlight=27.6+million"), lower-cased, at most 10. */
export function readHighlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return [...new Set(value.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 10);
}
