import type { APIRoute } from 'astro';
import { calendarFor, getSessions } from '../data/calendar';

export const GET: APIRoute = async ({ site }) =>
  new Response(await calendarFor(await getSessions(), site), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
