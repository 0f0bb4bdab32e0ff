// The corrections log as the pages and the feed show it: which page an entry belongs to, the order of entries (newest first) and the line at the top of a corrected page.
import type { CORRECTION_KINDS } from '../schemas/correction';

export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** What an entry corrects. */
export type CorrectionTarget = { type: 'figure' | 'article' | 'session'; id: string };

/** The fields of an entry that the order and the pages need. */
export interface CorrectionFields {
  date: string;
  kind: CorrectionKind;
  figure?: string;
  article?: string;
  session?: string;
}

/** The page an entry's fields name (the schema allows exactly one). */
export function correctionTarget(c: Pick<CorrectionFields, 'figure' | 'article' | 'session'>): CorrectionTarget {
  if (c.figure) return { type: 'figure', id: c.figure };
  if (c.article) return { type: 'article', id: c.article };
  if (c.session) return { type: 'session', id: c.session };
  throw new Error('A corrections entry names no figure, article or session');
}

/** The site path of a target's page, e.g. /figures/victims-identified-2021/. */
export function targetPath(target: CorrectionTarget): string {
  const folder = { figure: 'figures', article: 'background', session: 'programme' }[target.type];
  return `/${folder}/${target.id}/`;
}

/**
 * Newest first; on one day, corrections before updates, then by the title of the page they belong
 * to, then by id, so that the order never depends on how the files were read.
 */
export function sortCorrections<T>(entries: readonly T[], fields: (entry: T) => CorrectionFields & { id: string; title: string }): T[] {
  const kindRank = (k: CorrectionKind) => (k === 'correction' ? 0 : 1);
  return [...entries].sort((x, y) => {
    const a = fields(x);
    const b = fields(y);
    return (
      b.date.localeCompare(a.date) ||
      kindRank(a.kind) - kindRank(b.kind) ||
      a.title.localeCompare(b.title, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}

/** Entries grouped by date, in the order given (sort them first). */
export function groupByDate<T>(entries: readonly T[], dateOf: (entry: T) => string): { date: string; entries: T[] }[] {
  const groups: { date: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const date = dateOf(entry);
    const last = groups.at(-1);
    if (last?.date === date) last.entries.push(entry);
    else groups.push({ date, entries: [entry] });
  }
  return groups;
}

/**
 * What the top of a corrected page says: the latest date, and whether anything on that date was a
 * correction (then "Corrected on …") or only updates ("Updated on …"). Undefined for no entries.
 */
export function latestChange(
  entries: readonly Pick<CorrectionFields, 'date' | 'kind'>[],
): { date: string; kind: CorrectionKind } | undefined {
  if (entries.length === 0) return undefined;
  const date = entries.map((e) => e.date).reduce((a, b) => (b > a ? b : a));
  const corrected = entries.some((e) => e.date === date && e.kind === 'correction');
  return { date, kind: corrected ? 'correction' : 'update' };
}
