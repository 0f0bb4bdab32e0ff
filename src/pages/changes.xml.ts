import type { APIRoute } from 'astro';
import { changesFeed } from '../data/changes-feed';

export const GET: APIRoute = async () =>
  new Response(await changesFeed(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
