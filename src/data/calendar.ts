// Calendar events for the programme, from the collections.
import { getConference, getSessions, type Session } from './site';
import { absoluteUrl } from '../lib/url';
import { buildCalendar, toStamp, type CalendarEvent } from '../lib/ics';
import { sourceDate } from './git-dates';

// One stamp per build keeps every file of a build consistent; the sources' date keeps builds reproducible.
const STAMP = toStamp(sourceDate());

export async function calendarFor(sessions: Session[], site: URL | undefined): Promise<string> {
  const c = await getConference();
  const origin = site?.href ?? 'http://localhost:4321';
  const events: CalendarEvent[] = sessions.map((s) => ({
    uid: `${s.id}@alliance-2023`,
    title: s.data.title,
    description: `${c.name}. ${s.data.start ? '' : 'Time not confirmed. '}Details: ${absoluteUrl(origin, import.meta.env.BASE_URL, `/programme/${s.id}/`)}`,
    location: [s.data.room, c.venue.name, `${c.venue.city}, ${c.venue.country}`].filter(Boolean).join(', '),
    url: absoluteUrl(origin, import.meta.env.BASE_URL, `/programme/${s.id}/`),
    day: s.data.day,
    start: s.data.start,
    end: s.data.end,
  }));
  return buildCalendar(events, { name: c.shortName, stamp: STAMP });
}

export { getSessions };
