// What the search page says about a search, in words: read out by screen readers (a polite live
// region) and shown under the search field. The words come from the page (src/i18n, `search.status`).
import { fill, plural, type PluralForms } from './ui-format';

/** The words of the status line, as in src/i18n/en.ts (`search.status`). */
export interface StatusWords {
  found: PluralForms;
  where: string;
  and: string;
  truncated: string;
}

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

const list = (items: readonly string[], and: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;

/** "3 results for “27.6 million” in Figures." or "No results for “xyz”." (+ a note if the query was cut). */
export function statusMessage({ query, count, sections, truncated, maxLength }: StatusInput, words: StatusWords, locale: string): string {
  const where = sections.length ? fill(words.where, { sections: list(sections, words.and) }) : '';
  const cut = truncated ? fill(words.truncated, { max: maxLength }) : '';
  return plural(words.found, count, locale, { query, where }) + cut;
}
