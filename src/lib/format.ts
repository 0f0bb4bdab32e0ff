/** Pure formatting helpers shared by pages, data files and search metadata. */
import { ui } from '../i18n';
import { fill } from './ui-format';

const DATE_LONG = new Intl.DateTimeFormat(ui.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat(ui.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2023-04-18" → "18 April 2023"; "2003-12" → "December 2003"; "2004" → "2004". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) throw new Error(`Not a date: "${date}"`);
  if (m === undefined) return String(y);
  if (d === undefined) return MONTH_YEAR.format(Date.UTC(y, m - 1, 1));
  return DATE_LONG.format(Date.UTC(y, m - 1, d));
}

/** "2023-04-18", "2023-04-19" → "18–19 April 2023". */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatPartialDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy === ey && sm === em) return `${Number(sd)}–${formatPartialDate(end)}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** A conference day in full, e.g. "Tuesday 18 April 2023". */
export function formatDay(date: string): string {
  return fill(ui.dates.day, { weekday: weekday(date), date: formatPartialDate(date) });
}

/** The weekday of an ISO date, e.g. "Tuesday". */
export function weekday(date: string): string {
  return new Intl.DateTimeFormat(ui.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
