// Each chart as an SVG file to download: the same markup the pages show inline.
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts, type ResolvedChart } from '../../../data/charts';
import { chartSvgMarkup } from '../../../data/chart-files';

export const getStaticPaths = (async () =>
  (await allCharts()).map((chart) => ({ params: { id: chart.definition.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${chartSvgMarkup((props as { chart: ResolvedChart }).chart)}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
