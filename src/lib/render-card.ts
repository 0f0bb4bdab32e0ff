/**
 * Draws a card (src/lib/social-card.ts) as a PNG: satori lays the boxes out and turns the text into
 * glyph outlines with the fonts it is given, resvg rasterises the SVG. No system font is read, so
 * the same input gives the same bytes on any machine.
 */
import { createHash } from 'node:crypto';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from './social-card';

export interface CardFont {
  name: string;
  /** The font file's bytes (TTF, OTF, WOFF or WOFF2). */
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/**
 * The card as SVG, text drawn as glyph outlines; with `textAsPaths: false`, as <text> elements
 * instead (laid out the same way), for checking where the text went.
 */
export function cardSvg(card: CardNode, fonts: CardFont[], { textAsPaths = true } = {}): Promise<string> {
  return satori(card as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, embedFont: textAsPaths });
}

/** The card as PNG bytes. */
export async function renderCard(card: CardNode, fonts: CardFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(card, fonts);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 1 })
    .render()
    .asPng();
  return new Uint8Array(png);
}

/** A digest of the fonts (names, weights and bytes), computed once per build for cardKey(). */
export function fontsDigest(fonts: CardFont[]): string {
  const hash = createHash('sha256');
  for (const f of fonts) hash.update(`${f.name}/${f.weight}/${f.style}/${f.data.length}\0`).update(f.data);
  return hash.digest('hex');
}

/**
 * A name for the card's PNG that changes whenever its bytes could: the layout tree (text, sizes,
 * colours), the fonts (their digest) and the renderer (its versions).
 */
export function cardKey(card: CardNode, fonts: string, renderer: string): string {
  return createHash('sha256')
    .update(`${renderer}\0${fonts}\0${JSON.stringify(card)}`)
    .digest('hex')
    .slice(0, 32);
}
