import type { APIRoute } from 'astro';
import { getConference, getSessions, getSpeakers } from '../../data/site';
import { absoluteUrl } from '../../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const origin = site?.href ?? 'http://localhost:4321';
  const page = (path: string) => absoluteUrl(origin, import.meta.env.BASE_URL, path);
  const conference = await getConference();
  const speakers = await getSpeakers();
  const sessions = (await getSessions()).map((s) => ({
    id: s.id,
    title: s.data.title,
    official_title: s.data.officialTitle,
    day: s.data.day,
    start: s.data.start ?? null,
    end: s.data.end ?? null,
    time_zone: conference.timeZone,
    format: s.data.format,
    room: s.data.room ?? null,
    speakers: s.data.speakers,
    moderators: s.data.moderators,
    organisations: s.data.organisations,
    url: page(`/programme/${s.id}/`),
    ics: page(`/programme/${s.id}.ics`),
  }));
  const body = {
    conference,
    sessions,
    speakers: speakers.map((p) => ({ id: p.id, name: p.data.name, role: p.data.role, organisation: p.data.organisation ?? null, url: page(`/speakers/${p.id}/`) })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
