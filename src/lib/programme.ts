/** Pure helpers for the programme: labels and times in event time (Vienna). */

export const FORMAT_LABELS: Record<string, string> = {
  opening: 'Opening',
  keynote: 'Keynote',
  panel: 'Panel',
  presentations: 'Presentations',
  'side-event': 'Side event',
  break: 'Break',
  closing: 'Closing',
};

/** `<time datetime>` value for a local Vienna time on a day, e.g. 2023-04-18T09:30+02:00. */
export function isoLocal(day: string, time: string, offset: string): string {
  return `${day}T${time}${offset}`;
}

/** Label for a session's time, e.g. "09:30–11:00 CEST" or "Time not confirmed". */
export function timeLabel(start: string | undefined, end: string | undefined, zoneName: string): string {
  return start && end ? `${start}–${end} ${zoneName}` : 'Time not confirmed';
}
