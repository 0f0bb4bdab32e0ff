import type { APIRoute } from 'astro';
import { formatLabels, getConference, getSessions, getSpeakers } from '../../data/site';
import { publicUrl } from '../../data/links';
import { programmeData } from '../../lib/programme-data';

export const GET: APIRoute = async () => {
  const [conference, sessions, speakers, formats] = await Promise.all([getConference(), getSessions(), getSpeakers(), formatLabels()]);
  const body = programmeData({ conference, sessions, speakers, formats, publicUrl });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
