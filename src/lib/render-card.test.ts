import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pngChunks, pngSize } from '../../tests/helpers/png';
import { cardKey, cardSvg, fontsDigest, renderCard, type CardFont } from './render-card';
import { CARD_FONT, figureCard, type FigureCardInput } from './social-card';

const require = createRequire(import.meta.url);
const fonts: CardFont[] = ([400, 700] as const).map((weight) => ({
  name: CARD_FONT,
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)),
  weight,
  style: 'normal',
}));
const figure: FigureCardInput = {
  siteName: 'Alliance 2023',
  display: '27.6 million',
  title: 'People in forced labour worldwide',
  year: 2021,
  yearKind: 'data',
  publisher: 'ILO',
  sourceYear: 2022,
  derived: false,
};
const hostile: FigureCardInput = {
  ...figure,
  display: '<b>&amp;</text>'.repeat(4),
  title: `A </text><script>alert(1)</script> & < \u202Eevil\u202C ${'very long title '.repeat(20)}`.slice(0, 300),
  publisher: 'X & <Y> </text>'.repeat(10),
};

/** The <text> boxes of a card laid out with text as <text> elements. */
async function textBoxes(input: FigureCardInput) {
  const svg = await cardSvg(figureCard(input), fonts, { textAsPaths: false });
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    right: Number(m[1]) + Number(m[3]),
    text: m[5]!,
  }));
}

describe('renderCard', { timeout: 30_000 }, () => {
  it('makes a 1200 × 630 PNG with no timestamp or text chunk', async () => {
    const png = await renderCard(figureCard(figure), fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngChunks(png).filter((c) => !['IHDR', 'IDAT', 'IEND'].includes(c))).toEqual([]);
  });

  it('gives the same bytes every time', async () => {
    const [a, b] = [await renderCard(figureCard(hostile), fonts), await renderCard(figureCard(hostile), fonts)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('draws text as outlines, so no text of the content is left in the SVG', async () => {
    const svg = await cardSvg(figureCard(hostile), fonts);
    expect(svg).not.toMatch(/<text|<script|alert|evil/);
  });

  it('keeps hostile and 300-character texts inside the card, cut with an ellipsis, with the footer still shown', async () => {
    const boxes = await textBoxes(hostile);
    // A space at the end of a line may reach past the margin; it draws nothing.
    for (const b of boxes.filter((box) => box.text.trim())) {
      expect(b.x, b.text).toBeGreaterThanOrEqual(72);
      expect(b.right, b.text).toBeLessThanOrEqual(1200 - 72 + 1);
      expect(b.y, b.text).toBeLessThanOrEqual(630);
    }
    const words = boxes.map((b) => b.text);
    expect(words).toContain('2021'); // "Data year 2021", drawn word by word
    expect(words.filter((w) => w.includes('…')).length).toBeGreaterThanOrEqual(2);
    // Written as text (in pieces, one per word or symbol), escaped by the renderer: never markup.
    expect(words.join('').replace(/\s+/g, '')).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('cardKey', () => {
  it('changes with the text, the fonts and the renderer, and only then', () => {
    const digest = fontsDigest(fonts);
    const key = cardKey(figureCard(figure), digest, 'satori@1 resvg@1');
    expect(cardKey(figureCard(figure), digest, 'satori@1 resvg@1')).toBe(key);
    expect(cardKey(figureCard({ ...figure, year: 2020 }), digest, 'satori@1 resvg@1')).not.toBe(key);
    expect(cardKey(figureCard(figure), fontsDigest(fonts.slice(0, 1)), 'satori@1 resvg@1')).not.toBe(key);
    expect(cardKey(figureCard(figure), digest, 'satori@2 resvg@1')).not.toBe(key);
  });
});
