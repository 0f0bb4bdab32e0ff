// The share image of every page (og:image): a figure's own card, or the site's card, drawn by
// card-renderer.ts from the figure's or the conference's content.
//   SHARE_CARDS  "off" draws no figure cards, for builds that only measure pages (the scale run of
//                `npm run bench` and tests/site/scale.test.ts): the pages are the same, still naming
//                their cards, but /og/figures/ stays empty. Never for a site to publish. Default "on".
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  figureCard,
  figureCardAlt,
  shareCardsSetting,
  siteCard,
  siteCardAlt,
  type FigureCardInput,
} from '../lib/social-card';
import { formatDateRange } from '../lib/format';
import { cardPng } from './card-renderer';
import { getConference, type Figure } from './site';
import { ui } from '../i18n';

/** What a page's <head> needs to name its card. */
export interface CardImage {
  /** Root-relative address of the PNG, e.g. /og/figures/forced-labour-2021.png. */
  path: string;
  alt: string;
  width: number;
  height: number;
}

function figureInput(figure: Figure, siteName: string): FigureCardInput {
  const f = figure.data;
  return {
    siteName,
    display: f.display,
    title: f.title,
    year: f.year,
    yearKind: f.yearKind,
    publisher: f.source.publisher,
    sourceYear: f.source.year,
    derived: f.status === 'derived',
  };
}

async function siteInput() {
  const c = await getConference();
  return {
    siteName: c.shortName,
    name: c.name,
    place: `${c.venue.name}, ${c.venue.city}`,
    dates: formatDateRange(c.startDate, c.endDate),
    offer: ui.card.siteOffer,
  };
}

/** Whether this build draws the figures' cards (SHARE_CARDS). */
export const drawsFigureCards = () => shareCardsSetting(process.env.SHARE_CARDS);

export async function figureCardPng(figure: Figure): Promise<Uint8Array<ArrayBuffer>> {
  return cardPng(figureCard(figureInput(figure, (await getConference()).shortName)));
}

export async function siteCardPng(): Promise<Uint8Array<ArrayBuffer>> {
  return cardPng(siteCard(await siteInput()));
}

export const figureCardPath = (id: string) => `/og/figures/${id}.png`;

export async function figureCardImage(figure: Figure): Promise<CardImage> {
  const alt = figureCardAlt(figureInput(figure, (await getConference()).shortName));
  return { path: figureCardPath(figure.id), alt, width: CARD_WIDTH, height: CARD_HEIGHT };
}

export async function siteCardImage(): Promise<CardImage> {
  return { path: '/og/site.png', alt: siteCardAlt(await siteInput()), width: CARD_WIDTH, height: CARD_HEIGHT };
}
