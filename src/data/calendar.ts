// Calendar files for the programme, from the collections.
import { getConference, getSessions, getSpeakers, type Session } from './site';
import { lastChanged } from './git-dates';
import { absoluteUrl } from '../lib/url';
import { buildCalendar, toStamp, type CalendarEvent } from '../lib/ics';
import { FORMAT_LABELS } from '../lib/programme';

/**
 * DTSTAMP for every event of a build. It is the day of the latest commit that changed a session or
 * the conference record, not the build clock: rebuilding unchanged content gives byte-identical
 * files (so tests and caches can compare them), and the stamp still moves forward whenever the
 * programme does, which is what calendar clients look at. Outside a git checkout the conference's
 * last day stands in, which is stable too.
 */
function stampFor(sessions: Session[], conferenceEnd: string): string {
  const files = ['content/conference.yaml', ...sessions.map((s) => s.filePath ?? `content/programme/${s.id}.md`)];
  const dates = files.map(lastChanged).filter((d): d is string => Boolean(d));
  const latest = dates.sort().at(-1) ?? conferenceEnd;
  return toStamp(new Date(`${latest}T00:00:00Z`));
}

/** One VCALENDAR holding the given sessions, stamped alike for every file of a build. */
export async function calendarFor(sessions: Session[], site: URL | undefined): Promise<string> {
  const [c, all, speakers] = await Promise.all([getConference(), getSessions(), getSpeakers()]);
  const names = new Map(speakers.map((p) => [p.id, p.data.name]));
  const page = (path: string) => absoluteUrl(site?.href ?? 'http://localhost:4321', import.meta.env.BASE_URL, path);
  const events: CalendarEvent[] = sessions.map((s) => {
    const people = s.data.speakers.map((id) => names.get(id) ?? id);
    const description = [
      `${FORMAT_LABELS[s.data.format]} at the ${c.name}.`,
      s.data.start ? `Times are Vienna time (${c.zoneName}).` : 'Time not confirmed: shown as an all-day event.',
      people.length > 0 ? `Speakers: ${people.join(', ')}.` : '',
      `Details: ${page(`/programme/${s.id}/`)}`,
    ];
    return {
      uid: `${s.id}@alliance-2023`,
      title: s.data.title,
      description: description.filter(Boolean).join('\n'),
      location: [s.data.room, c.venue.name, `${c.venue.city}, ${c.venue.country}`].filter(Boolean).join(', '),
      url: page(`/programme/${s.id}/`),
      day: s.data.day,
      start: s.data.start,
      end: s.data.end,
    };
  });
  return buildCalendar(events, { name: c.shortName, stamp: stampFor(all, c.endDate) });
}

export { getSessions };
