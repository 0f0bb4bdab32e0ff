// One share image per figure, 1200 × 630 PNG, named in the figure page's og:image.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFiguresWithPages, type Figure } from '../../../data/site';
import { drawsFigureCards, figureCardPng } from '../../../data/social-cards';

export const getStaticPaths = (async () =>
  (drawsFigureCards() ? await getFiguresWithPages() : []).map((figure) => ({
    params: { id: figure.id },
    props: { figure },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await figureCardPng((props as { figure: Figure }).figure), { headers: { 'Content-Type': 'image/png' } });
