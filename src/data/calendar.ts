// Calendar files for the programme, from the collections.
import { formatLabels, getConference, getSessions, getSpeakers, type Session } from './site';
import { lastChanged } from './git-dates';
import { publicUrl } from './links';
import { buildCalendar } from '../lib/ics';
import { sessionEvent, stampFromDates } from '../lib/session-calendar';

/**
 * DTSTAMP for every file of a build: the day of the latest commit that changed a session or the
 * conference record, not the build clock. Rebuilding unchanged content gives byte-identical files
 * (so tests and caches can compare them), and the stamp still moves forward whenever the programme
 * does, which is what calendar clients look at. Outside a git checkout the conference's last day
 * stands in, which is stable too.
 */
function stampFor(sessions: Session[], conferenceEnd: string): string {
  const files = ['content/conference.yaml', ...sessions.map((s) => s.filePath ?? `content/programme/${s.id}.md`)];
  return stampFromDates(files.map(lastChanged), conferenceEnd);
}

/** One VCALENDAR holding the given sessions, stamped alike for every file of a build. */
export async function calendarFor(sessions: Session[]): Promise<string> {
  const [c, all, speakers, formats] = await Promise.all([getConference(), getSessions(), getSpeakers(), formatLabels()]);
  const names = new Map(speakers.map((p) => [p.id, p.data.name]));
  const events = sessions.map((s) =>
    sessionEvent(
      { id: s.id, ...s.data, formatLabel: formats.get(s.data.format)!, speakers: s.data.speakers.map((id) => names.get(id) ?? id) },
      c,
      publicUrl(`/programme/${s.id}/`),
    ),
  );
  return buildCalendar(events, { name: c.shortName, stamp: stampFor(all, c.endDate) });
}

export { getSessions };
