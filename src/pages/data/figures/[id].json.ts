// One figure as open data: the same record as its entry in /data/figures.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureRecords } from '../../../data/open-data';
import type { FigureRecord } from '../../../lib/figure-data';

export const getStaticPaths = (async () =>
  (await figureRecords()).map((record) => ({ params: { id: String(record.id) }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify((props as { record: FigureRecord }).record, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
