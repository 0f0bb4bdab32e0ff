// Draws cards (src/lib/social-card.ts) into PNGs with the bundled font files, and keeps each PNG in
// a cache named by content hash, so a build draws only the cards whose text, layout, fonts or
// renderer changed. No content collection is read here (the bench script uses it alone).
//   CARD_CACHE_DIR  where drawn cards are kept (scripts/build-settings.mjs)
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CARD_FONT, type CardNode } from '../lib/social-card';
import { cardKey, fontsDigest, renderCard, type CardFont } from '../lib/render-card';
import { settings } from './build-settings';

const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const CACHE_DIR = settings.cardCacheDir;
/** Inter's subsets for Latin, Cyrillic and Greek scripts, regular and bold. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;

let loaded: Promise<{ fonts: CardFont[]; digest: string; renderer: string }> | undefined;

/** The fonts, their digest and the renderer's versions, loaded once. */
export function cardRenderer() {
  loaded ??= (async () => {
    const fonts: CardFont[] = [];
    for (const subset of FONT_SUBSETS) {
      for (const weight of [400, 700] as const) {
        const file = projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`);
        fonts.push({
          name: subset === 'latin' ? CARD_FONT : `${CARD_FONT} ${subset}`,
          data: await readFile(file),
          weight,
          style: 'normal',
        });
      }
    }
    const version = (name: string) => (projectRequire(`${name}/package.json`) as { version: string }).version;
    return { fonts, digest: fontsDigest(fonts), renderer: `satori@${version('satori')} resvg-js@${version('@resvg/resvg-js')}` };
  })();
  return loaded;
}

/** The PNG of a card: from the cache when the same card was rendered before, else rendered and kept. */
export async function cardPng(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts, digest, renderer } = await cardRenderer();
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
