/** What a figure's year means, in words: the page, the cards, the citation and the open data say the same. */
import type { YEAR_KINDS } from '../schemas/figure';
import { ui } from '../i18n';
import { fill } from './ui-format';

export type YearKind = (typeof YEAR_KINDS)[number];

/** The words for each kind of year (src/i18n: figure.years). */
const PHRASES: Record<YearKind, string> = ui.figure.years;

/**
 * The year with what it is: "data year 2021", "published 2014", "statement of 2023". `start` capitalises
 * it for the start of a line ("Data year 2021").
 */
export function yearText(year: number, kind: YearKind = 'data', { start = false }: { start?: boolean } = {}): string {
  if (!Number.isInteger(year)) throw new Error(`Not a year: ${year}`);
  const phrase = fill(PHRASES[kind], { year });
  return start ? phrase[0]!.toLocaleUpperCase(ui.locale) + phrase.slice(1) : phrase;
}
