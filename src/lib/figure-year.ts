/** What a figure's year means, in words: the page, the cards, the citation and the open data say the same. */
import type { YEAR_KINDS } from '../schemas/figure';

export type YearKind = (typeof YEAR_KINDS)[number];

const PHRASES: Record<YearKind, (year: number) => string> = {
  data: (year) => `data year ${year}`,
  publication: (year) => `published ${year}`,
  statement: (year) => `statement of ${year}`,
};

/**
 * The year with what it is: "data year 2021", "published 2014", "statement of 2023". `start` capitalises
 * it for the start of a line ("Data year 2021").
 */
export function yearText(year: number, kind: YearKind = 'data', { start = false }: { start?: boolean } = {}): string {
  if (!Number.isInteger(year)) throw new Error(`Not a year: ${year}`);
  const phrase = PHRASES[kind](year);
  return start ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
}
