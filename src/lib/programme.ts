/** Pure helpers for the programme: days, anchors, labels and times in event time (Vienna). */
import { ui } from '../i18n';
import { fill } from './ui-format';

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
  return `${ui.time.utc}${m[1] === '-' ? '−' : '+'}${hours}${m[3] === '00' ? '' : `:${m[3]}`}`;
}

/** `<time datetime>` value for a local Vienna time on a day, e.g. 2023-04-18T09:30+02:00. */
export function isoLocal(day: string, time: string, offset: string): string {
  return `${day}T${time}${offset}`;
}

/** Label for a session's time, e.g. "09:30–11:00 CEST" or "Time not confirmed". */
export function timeLabel(start: string | undefined, end: string | undefined, zoneName: string): string {
  return start && end ? `${start}–${end} ${zoneName}` : ui.time.notConfirmed;
}

/** The time at the venue, spelled out: "Vienna time (CEST, UTC+2)". */
export function zoneLabel(city: string, zoneName: string, offset: string): string {
  return fill(ui.time.zone, { city, zone: zoneDetail(zoneName, offset) });
}

/** A zone's name and offset: "CEST, UTC+2". */
export function zoneDetail(zoneName: string, offset: string): string {
  return fill(ui.time.zoneDetail, { name: zoneName, offset: utcLabel(offset) });
}

/** The formats that occur in a programme, in the order of `all` (the order of content/session-formats.yaml). */
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
