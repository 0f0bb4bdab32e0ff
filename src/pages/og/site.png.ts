// The share image of every page that is not a figure's, 1200 × 630 PNG.
import type { APIRoute } from 'astro';
import { siteCardPng } from '../../data/social-cards';

export const GET: APIRoute = async () => new Response(await siteCardPng(), { headers: { 'Content-Type': 'image/png' } });
