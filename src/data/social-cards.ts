// The share image of every page (og:image): a figure's own card, or the site's card. Reads the
// bundled font files and keeps rendered PNGs in a cache named by content hash, so a build renders
// only the cards whose text, layout, fonts or renderer changed.
//   CARD_CACHE_DIR  where rendered cards are kept (default: node_modules/.cache/social-cards)
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, figureCard, figureCardAlt, siteCard, siteCardAlt, type CardNode, type FigureCardInput } from '../lib/social-card';
import { cardKey, fontsDigest, renderCard, type CardFont } from '../lib/render-card';
import { formatDateRange } from '../lib/format';
import { getConference, type Figure } from './site';

/** What a page's <head> needs to name its card. */
export interface CardImage {
  /** Root-relative address of the PNG, e.g. /og/figures/forced-labour-2021.png. */
  path: string;
  alt: string;
  width: number;
  height: number;
}

const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const CACHE_DIR = process.env.CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'social-cards');
/** Inter's subsets for Latin, Cyrillic and Greek scripts, regular and bold. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;

let loaded: Promise<{ fonts: CardFont[]; digest: string; renderer: string }> | undefined;

function renderSetup() {
  loaded ??= (async () => {
    const fonts: CardFont[] = [];
    for (const subset of FONT_SUBSETS) {
      for (const weight of [400, 700] as const) {
        const file = projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`);
        fonts.push({ name: subset === 'latin' ? CARD_FONT : `${CARD_FONT} ${subset}`, data: await readFile(file), weight, style: 'normal' });
      }
    }
    const version = (name: string) => (projectRequire(`${name}/package.json`) as { version: string }).version;
    return { fonts, digest: fontsDigest(fonts), renderer: `satori@${version('satori')} resvg-js@${version('@resvg/resvg-js')}` };
  })();
  return loaded;
}

/** The PNG of a card: from the cache when the same card was rendered before, else rendered and kept. */
export async function cardPng(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, digest, renderer } = await renderSetup();
  const file = join(CACHE_DIR, `${cardKey(card, digest, renderer)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Uint8Array(cached);
  const png = await renderCard(card, fonts);
  await mkdir(CACHE_DIR, { recursive: true });
  // Written aside and renamed: a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}

function figureInput(figure: Figure, siteName: string): FigureCardInput {
  const f = figure.data;
  return { siteName, display: f.display, title: f.title, year: f.year, publisher: f.source.publisher, sourceYear: f.source.year, derived: f.status === 'derived' };
}

async function siteInput() {
  const c = await getConference();
  return {
    siteName: c.shortName,
    name: c.name,
    place: `${c.venue.name}, ${c.venue.city}`,
    dates: formatDateRange(c.startDate, c.endDate),
    offer: 'Figures on human trafficking with their sources, the background of the OSCE Action Plan, and the programme',
  };
}

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
