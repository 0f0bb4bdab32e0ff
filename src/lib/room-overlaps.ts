/** The rule that two sessions in the same room on the same day must not run at the same time. */
import type { ContentProblem } from './content-errors';

/** What the overlap check needs to know of a session. */
export interface Scheduled {
  id: string;
  /** Content file, e.g. content/programme/closing.md. */
  file: string;
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM local time; sessions without both times are not checked. */
  start?: string;
  end?: string;
  /** Sessions without a room are not checked. */
  room?: string;
}

/** "Neuer Saal", " neuer  saal " → "neuer saal": editors' spelling of a room should not hide a clash. */
const roomKey = (room: string) => room.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * One problem for each pair of timed sessions that share a day and a room and whose times overlap.
 * A session may start at the minute the previous one ends. The problem is reported on the session
 * that starts later (on a tie, the one whose file sorts later), naming the other.
 */
export function roomOverlaps(sessions: Scheduled[]): ContentProblem[] {
  const timed = sessions
    .filter((s) => s.start && s.end && s.room)
    .sort((a, b) => a.day.localeCompare(b.day) || a.start!.localeCompare(b.start!) || a.file.localeCompare(b.file));
  const problems: ContentProblem[] = [];
  timed.forEach((later, i) => {
    for (const earlier of timed.slice(0, i)) {
      if (earlier.day !== later.day || roomKey(earlier.room!) !== roomKey(later.room!)) continue;
      if (later.start! < earlier.end! && earlier.start! < later.end!) {
        problems.push({
          file: later.file,
          field: 'start',
          message:
            `${later.start}–${later.end} overlaps ${earlier.file} (${earlier.start}–${earlier.end}) in "${later.room}" on ${later.day}: ` +
            'change the times or the room of one of the two sessions',
        });
      }
    }
  });
  return problems;
}
