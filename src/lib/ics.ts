/**
 * iCalendar (RFC 5545) output for the programme: CRLF line ends, lines folded at 75 octets,
 * escaped text, stable UIDs. Timed events carry Europe/Vienna local times with a VTIMEZONE;
 * sessions whose times are not confirmed become all-day events on their day.
 */

export interface CalendarEvent {
  /** Stable across builds, e.g. "high-level-opening@alliance-2023". */
  uid: string;
  title: string;
  description: string;
  location: string;
  url: string;
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM local time in the calendar's zone; both or neither. */
  start?: string;
  end?: string;
}

export interface CalendarOptions {
  name: string;
  /** DTSTAMP for every event, UTC, YYYYMMDDTHHMMSSZ: fixed by the caller so output is reproducible. */
  stamp: string;
}

const TZ = 'Europe/Vienna';

// Europe/Vienna rules (EU summer time since 1996): DST from the last Sunday of March 02:00 to the last Sunday of October 03:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Control characters RFC 5545 forbids in TEXT (§3.3.11 allows only the tab among them). */
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash; every line
 * break (CRLF, a lone LF or a lone CR) becomes the two characters \n; other control characters are
 * dropped. The result holds no CR or LF, so a value can never end its line and start a property or
 * a component of its own (a lone CR followed by BEGIN:VEVENT is one event's text, not a second event).
 */
export function escapeText(value: string): string {
  return value
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Any character that would break a content line: control characters other than the tab. */
const UNSAFE_IN_LINE = /[\u0000-\u0008\u000A-\u001F\u007F]/;

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (day: string) => day.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  const when =
    e.start && e.end
      ? [`DTSTART;TZID=${TZ}:${compactDate(e.day)}T${compactTime(e.start)}`, `DTEND;TZID=${TZ}:${compactDate(e.day)}T${compactTime(e.end)}`]
      : [`DTSTART;VALUE=DATE:${compactDate(e.day)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(e.day))}`];
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(e.title)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `LOCATION:${escapeText(e.location)}`,
    `URL:${e.url}`,
    ...(e.start ? [] : ['TRANSP:TRANSPARENT']),
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR; a timezone block is included only when an event is timed. */
export function buildCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  if (!/^\d{8}T\d{6}Z$/.test(options.stamp)) throw new Error(`DTSTAMP must be YYYYMMDDTHHMMSSZ, got "${options.stamp}"`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Alliance 2023 microsite//Programme//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${TZ}`,
    ...(events.some((e) => e.start) ? VTIMEZONE : []),
    ...events.flatMap((e) => eventLines(e, options.stamp)),
    'END:VCALENDAR',
  ];
  const unsafe = lines.find((line) => UNSAFE_IN_LINE.test(line));
  if (unsafe !== undefined) throw new Error(`iCalendar line holds a control character: ${JSON.stringify(unsafe)}`);
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
