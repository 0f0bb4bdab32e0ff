import type { APIRoute } from 'astro';
import { figureRecords } from '../../data/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify({ figures: await figureRecords(site) }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
