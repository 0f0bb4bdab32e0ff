/** The programme as open data (/data/programme.json): the same sessions, order and links as the pages. */
import { conferenceDays, dayAnchor, isoLocal, sessionsOf } from './programme';

interface SessionIn {
  id: string;
  data: {
    title: string;
    officialTitle: boolean;
    day: string;
    start?: string;
    end?: string;
    format: string;
    room?: string;
    speakers: string[];
    moderators: string[];
    organisations: string[];
  };
}

interface SpeakerIn {
  id: string;
  data: { name: string; role: string; organisation?: string };
}

export interface ProgrammeInput<C> {
  conference: C & { startDate: string; endDate: string; timeZone: string; utcOffset: string; zoneName: string };
  sessions: SessionIn[];
  speakers: SpeakerIn[];
  /** Each format's label by id. */
  formats: Map<string, string>;
  /** A site path ("/programme/x/") as a full public address. */
  publicUrl: (path: string) => string;
}

/**
 * Times are local event times; `start_iso`/`end_iso` carry the offset; both are null while a
 * session's times are not confirmed (its calendar entry is then an all-day event).
 */
export function programmeData<C>({ conference, sessions, speakers, formats, publicUrl }: ProgrammeInput<C>) {
  const days = conferenceDays(conference.startDate, conference.endDate);
  const iso = (day: string, time?: string) => (time ? isoLocal(day, time, conference.utcOffset) : null);
  return {
    conference,
    time_zone: conference.timeZone,
    utc_offset: conference.utcOffset,
    zone_name: conference.zoneName,
    times_confirmed: sessions.every((s) => Boolean(s.data.start)),
    calendar: publicUrl('/programme.ics'),
    days: days.map((day, i) => ({ number: i + 1, date: day, url: publicUrl(`/programme/#${dayAnchor(i)}`) })),
    sessions: sessions.map(({ id, data: s }) => ({
      id,
      title: s.title,
      official_title: s.officialTitle,
      day: s.day,
      day_number: days.indexOf(s.day) + 1,
      start: s.start ?? null,
      end: s.end ?? null,
      start_iso: iso(s.day, s.start),
      end_iso: iso(s.day, s.end),
      time_zone: conference.timeZone,
      times_confirmed: Boolean(s.start),
      format: s.format,
      format_label: formats.get(s.format),
      room: s.room ?? null,
      speakers: s.speakers,
      moderators: s.moderators,
      organisations: s.organisations,
      url: publicUrl(`/programme/${id}/`),
      ics: publicUrl(`/programme/${id}.ics`),
    })),
    speakers: speakers.map((p) => ({
      id: p.id,
      name: p.data.name,
      role: p.data.role,
      organisation: p.data.organisation ?? null,
      url: publicUrl(`/speakers/${p.id}/`),
      sessions: sessionsOf(p.id, sessions).map(({ session, role }) => ({ id: session.id, role })),
    })),
  };
}
