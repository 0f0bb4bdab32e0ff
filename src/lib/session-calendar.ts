/** From programme sessions to calendar events and the calendar's stamp; see ics.ts for the format. */
import type { CalendarEvent } from './ics';
import { ui } from '../i18n';
import { fill } from './ui-format';

export interface SessionForCalendar {
  id: string;
  title: string;
  /** The format's label, e.g. "Panel" (content/session-formats.yaml). */
  formatLabel: string;
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM Vienna time, when confirmed. */
  start?: string;
  end?: string;
  room?: string;
  /** Speakers' names, in the session's order. */
  speakers: string[];
}

export interface ConferenceForCalendar {
  name: string;
  zoneName: string;
  venue: { name: string; city: string; country: string };
}

/** One event per session: timed in Vienna time when times are confirmed, else all-day on its day. */
export function sessionEvent(s: SessionForCalendar, c: ConferenceForCalendar, pageUrl: string): CalendarEvent {
  const words = ui.calendar;
  const description = [
    fill(words.format, { format: s.formatLabel, conference: c.name }),
    s.start ? fill(words.timed, { city: c.venue.city, zone: c.zoneName }) : words.untimed,
    s.speakers.length > 0 ? fill(words.speakers, { names: s.speakers.join(', ') }) : '',
    fill(words.details, { url: pageUrl }),
  ];
  return {
    // The file name never changes for a session, so its UID stays the same from build to build.
    uid: `${s.id}@alliance-2023`,
    title: s.title,
    description: description.filter(Boolean).join('\n'),
    location: [s.room, c.venue.name, `${c.venue.city}, ${c.venue.country}`].filter(Boolean).join(', '),
    url: pageUrl,
    day: s.day,
    start: s.start,
    end: s.end,
  };
}

/**
 * The DTSTAMP of every event in a build, from the days (YYYY-MM-DD) the programme's files last
 * changed: the latest of them at 00:00 UTC, or `fallback` when none is known. Taken from content
 * history rather than the build clock, so that unchanged content builds into identical files.
 */
export function stampFromDates(dates: (string | undefined)[], fallback: string): string {
  const latest =
    dates
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? fallback;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(latest)) throw new Error(`Not a date: "${latest}"`);
  return `${latest.replace(/-/g, '')}T000000Z`;
}
