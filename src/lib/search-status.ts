// What the search page says about a search, in words: read out by screen readers (a polite live
// region) and shown under the search field.

export interface StatusInput {
  /** The query as searched (after normalisation). */
  query: string;
  /** Results found. */
  count: number;
  /** Sections the search was narrowed to; empty for all. */
  sections: readonly string[];
  /** The typed query was longer than the limit and was cut. */
  truncated: boolean;
  /** The limit, in characters. */
  maxLength: number;
}

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "3 results for “27.6 million” in Figures." or "No results for “xyz”." (+ a note if the query was cut). */
export function statusMessage({ query, count, sections, truncated, maxLength }: StatusInput): string {
  const where = sections.length ? ` in ${list(sections)}` : '';
  const found = count === 0 ? 'No results' : `${count} result${count === 1 ? '' : 's'}`;
  const cut = truncated ? ` Your search was longer than ${maxLength} characters, so only the first part was used.` : '';
  return `${found} for “${query}”${where}.${cut}`;
}
