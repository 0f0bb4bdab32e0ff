import type { APIRoute } from 'astro';
import { figureRecords } from '../../data/open-data';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify({ figures: await figureRecords() }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
