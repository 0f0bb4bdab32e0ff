/** Pure helpers for the programme: days, anchors, labels and times in event time (Vienna). */
import type { SESSION_FORMATS } from '../schemas/session';

export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** Labels for every session format; a format added to the schema without a label fails the type check. */
export const FORMAT_LABELS: Record<SessionFormat, string> = {
  opening: 'Opening',
  keynote: 'Keynote',
  panel: 'Panel',
  presentations: 'Presentations',
  'side-event': 'Side event',
  break: 'Break',
  closing: 'Closing',
};

/** Every day from the first to the last, YYYY-MM-DD: "2023-04-18", "2023-04-19". */
export function conferenceDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${startDate}T00:00:00Z`); d.toISOString().slice(0, 10) <= endDate; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** The programme's anchor for the nth day (0-based): "day-1". Links elsewhere rely on these. */
export const dayAnchor = (index: number) => `day-${index + 1}`;

/** The programme's anchor for a format's filter: "format-panel". */
export const formatAnchor = (format: string) => `format-${format}`;

/** "+02:00" → "UTC+2"; "+05:30" → "UTC+5:30"; "-03:00" → "UTC−3". */
export function utcLabel(offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) throw new Error(`Not a UTC offset: "${offset}"`);
  const hours = String(Number(m[2]));
  return `UTC${m[1] === '-' ? '−' : '+'}${hours}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** `<time datetime>` value for a local Vienna time on a day, e.g. 2023-04-18T09:30+02:00. */
export function isoLocal(day: string, time: string, offset: string): string {
  return `${day}T${time}${offset}`;
}

/** Label for a session's time, e.g. "09:30–11:00 CEST" or "Time not confirmed". */
export function timeLabel(start: string | undefined, end: string | undefined, zoneName: string): string {
  return start && end ? `${start}–${end} ${zoneName}` : 'Time not confirmed';
}

/** The formats that occur in a programme, in the schema's order of formats. */
export function formatsIn<F extends string>(sessions: { format: F }[], all: readonly F[]): F[] {
  const used = new Set(sessions.map((s) => s.format));
  return all.filter((f) => used.has(f));
}

/** A speaker's sessions in programme order, each with the part the speaker had in it. */
export function sessionsOf<T extends { data: { speakers: string[]; moderators: string[] } }>(
  speakerId: string,
  sessions: T[],
): { session: T; role: 'speaker' | 'moderator' }[] {
  return sessions.flatMap((session) => [
    ...(session.data.moderators.includes(speakerId) ? [{ session, role: 'moderator' as const }] : []),
    ...(session.data.speakers.includes(speakerId) ? [{ session, role: 'speaker' as const }] : []),
  ]);
}

/** A speaker's role and organisation on one line: "Founder, Red Alert Task Force". */
export function roleLine(p: { role: string; organisation?: string }): string {
  return p.organisation ? `${p.role}, ${p.organisation}` : p.role;
}
