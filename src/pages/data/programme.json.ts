import type { APIRoute } from 'astro';
import { formatLabels, getConference, getSessions, getSpeakers } from '../../data/site';
import { publicUrl } from '../../data/links';
import { conferenceDays, dayAnchor, isoLocal, sessionsOf } from '../../lib/programme';

// The programme as open data: the same sessions, in the same order and with the same links as the
// pages. Times are local Vienna times; `start_iso`/`end_iso` carry the offset; both are null while
// a session's times are not confirmed (its calendar entry is then an all-day event).
export const GET: APIRoute = async () => {
  const conference = await getConference();
  const [sessions, speakers, formats] = await Promise.all([getSessions(), getSpeakers(), formatLabels()]);
  const days = conferenceDays(conference.startDate, conference.endDate);
  const iso = (day: string, time?: string) => (time ? isoLocal(day, time, conference.utcOffset) : null);
  const body = {
    conference,
    time_zone: conference.timeZone,
    utc_offset: conference.utcOffset,
    zone_name: conference.zoneName,
    times_confirmed: sessions.every((s) => Boolean(s.data.start)),
    calendar: publicUrl('/programme.ics'),
    days: days.map((day, i) => ({ number: i + 1, date: day, url: publicUrl(`/programme/#${dayAnchor(i)}`) })),
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.data.title,
      official_title: s.data.officialTitle,
      day: s.data.day,
      day_number: days.indexOf(s.data.day) + 1,
      start: s.data.start ?? null,
      end: s.data.end ?? null,
      start_iso: iso(s.data.day, s.data.start),
      end_iso: iso(s.data.day, s.data.end),
      time_zone: conference.timeZone,
      times_confirmed: Boolean(s.data.start),
      format: s.data.format,
      format_label: formats.get(s.data.format),
      room: s.data.room ?? null,
      speakers: s.data.speakers,
      moderators: s.data.moderators,
      organisations: s.data.organisations,
      url: publicUrl(`/programme/${s.id}/`),
      ics: publicUrl(`/programme/${s.id}.ics`),
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
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
