/** The running order of the programme, from confirmed times where they exist and `order` where not. */

/** What ordering needs to know of a session. */
export interface Orderable {
  id: string;
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM local time, when confirmed. */
  start?: string;
  end?: string;
  /** The editor's position within the day. */
  order: number;
}

interface SortKey {
  day: string;
  /** The start time the session sorts at: its own, or the one of the timed session it follows. */
  at: string;
  /** 0 for a timed session, 1 for an untimed one placed after the timed session it follows. */
  after: number;
  end: string;
  order: number;
  id: string;
}

function sortKey(s: Orderable, all: Orderable[]): SortKey {
  if (s.start) return { day: s.day, at: s.start, after: 0, end: s.end ?? '', order: s.order, id: s.id };
  const anchor = all
    .filter((o) => o.day === s.day && o.start && o.order < s.order)
    .sort((a, b) => b.order - a.order || a.start!.localeCompare(b.start!))[0];
  return { day: s.day, at: anchor?.start ?? '', after: 1, end: '', order: s.order, id: s.id };
}

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    a.day.localeCompare(b.day) ||
    a.at.localeCompare(b.at) ||
    a.after - b.after ||
    a.end.localeCompare(b.end) ||
    a.order - b.order ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Sorts sessions by day, then by start time where it is known, else by `order`.
 *
 * Timed sessions of a day run by start time, then end time, then `order`. An untimed session keeps
 * its place in the editor's `order` relative to the timed ones: it comes straight after the timed
 * session with the highest `order` below its own, or first in the day when no timed session has a
 * lower `order`. Untimed sessions in the same gap follow their `order`. So a day whose times are
 * partly confirmed still reads in the sequence the editor gave, and once every session has times,
 * `order` no longer matters. Ties end on the id, so the result never depends on the order the files
 * were read in. `fields` picks the ordering fields out of an item; returns a new array.
 */
export function orderSessions<T>(items: T[], fields: (item: T) => Orderable): T[] {
  const all = items.map(fields);
  const keys = new Map(items.map((item, i) => [item, sortKey(all[i]!, all)]));
  return [...items].sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
}
