import type { APIRoute } from 'astro';
import { figureRecords } from '../../data/open-data';
import { toCsv } from '../../lib/csv';
import { FIGURE_COLUMNS } from '../../lib/figure-data';

export const GET: APIRoute = async () =>
  new Response(toCsv(FIGURE_COLUMNS, await figureRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
