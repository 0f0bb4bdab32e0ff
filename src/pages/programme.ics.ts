import type { APIRoute } from 'astro';
import { calendarFor, getSessions } from '../data/calendar';

export const GET: APIRoute = async () =>
  new Response(await calendarFor(await getSessions()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
