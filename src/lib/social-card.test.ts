import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  figureCard,
  figureCardAlt,
  siteCard,
  siteCardAlt,
  valueFontSize,
  shareCardsSetting,
  type CardNode,
  type FigureCardInput,
} from './social-card';

const figure: FigureCardInput = {
  siteName: 'Alliance 2023',
  display: '27.6 million',
  title: 'People in forced labour worldwide',
  year: 2021,
  yearKind: 'data',
  publisher: 'International Labour Organization (ILO), Walk Free and International Organization for Migration (IOM)',
  sourceYear: 2022,
  derived: false,
};

/** Every text of a card tree, in order. */
const texts = (node: CardNode): string[] => {
  const c = node.props.children;
  if (typeof c === 'string') return [c];
  return (Array.isArray(c) ? c : c ? [c] : []).flatMap(texts);
};

/** The box whose text is `text`. */
const holding = (node: CardNode, text: string): CardNode | undefined => {
  const c = node.props.children;
  if (c === text) return node;
  return (Array.isArray(c) ? c : c && typeof c !== 'string' ? [c] : []).map((n) => holding(n, text)).find(Boolean);
};

describe('figureCard', () => {
  it('is 1200 × 630 and shows the site, the value, the title, the year and the source', () => {
    const card = figureCard(figure);
    expect([card.props.style.width, card.props.style.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(texts(card)).toEqual([
      'Alliance 2023 · Figures',
      '27.6 million',
      'People in forced labour worldwide',
      'Data year 2021',
      'Source: ILO, Walk Free and IOM (2022)',
    ]);
  });

  it('says what the year is, as the figure page does', () => {
    expect(texts(figureCard({ ...figure, yearKind: 'publication', year: 2014 }))).toContain('Published 2014');
  });

  it('says when the figure is our calculation', () => {
    expect(texts(figureCard({ ...figure, derived: true, publisher: 'U.S. Department of State' }))).toContain(
      'Our calculation from U.S. Department of State (2022)',
    );
  });

  it('passes markup characters on as text and drops bidirectional controls', () => {
    const hostile = figureCard({ ...figure, title: 'A </text><script>alert(1)</script> & \u202Eevil\u202C', display: '<b>1</b>' });
    expect(texts(hostile)).toContain('A </text><script>alert(1)</script> & evil');
    expect(texts(hostile)).toContain('<b>1</b>');
    expect(JSON.stringify(hostile)).not.toMatch(/\u202E|\u202C/);
  });

  it('cuts long texts to a few lines with an ellipsis rather than letting them run off the card', () => {
    const card = figureCard({ ...figure, title: 'x'.repeat(300), display: 'y'.repeat(300) });
    expect(holding(card, 'x'.repeat(300))?.props.style).toMatchObject({ lineClamp: 2, textOverflow: 'ellipsis', maxWidth: 1056 });
    expect(holding(card, 'y'.repeat(300))?.props.style).toMatchObject({ lineClamp: 2, textOverflow: 'ellipsis', maxWidth: 1056 });
    expect(holding(figureCard(figure), figure.title)?.props.style).toMatchObject({ lineClamp: 3 });
  });
});

describe('valueFontSize', () => {
  it('is large for short values and smaller for long ones, within bounds', () => {
    expect(valueFontSize('57')).toBe(168);
    expect(valueFontSize('US$236 billion')).toBeLessThan(valueFontSize('27.6 million'));
    expect(valueFontSize('x'.repeat(300))).toBe(88);
  });
});

describe('alt texts', () => {
  it('say in words what the figure card shows', () => {
    expect(figureCardAlt(figure)).toBe(
      '27.6 million: People in forced labour worldwide, data year 2021. Source: ILO, Walk Free and IOM (2022). Alliance 2023.',
    );
    expect(figureCardAlt({ ...figure, yearKind: 'statement', year: 2023 })).toContain(', statement of 2023. ');
  });
  it('say what the site card shows', () => {
    const site = {
      siteName: 'Alliance 2023',
      name: '23rd Alliance',
      place: 'Hofburg, Vienna',
      dates: '18–19 April 2023',
      offer: 'Figures and the programme',
    };
    expect(texts(siteCard(site))).toEqual([
      'Hofburg, Vienna · 18–19 April 2023',
      'Alliance 2023',
      '23rd Alliance',
      'Figures and the programme',
    ]);
    expect(siteCardAlt(site)).toBe('Alliance 2023: 23rd Alliance, Hofburg, Vienna, 18–19 April 2023. Figures and the programme.');
  });
});

describe('shareCardsSetting', () => {
  it('draws cards unless told "off", and names the setting and its values for anything else', () => {
    expect(shareCardsSetting(undefined)).toBe(true);
    expect(shareCardsSetting('on')).toBe(true);
    expect(shareCardsSetting('off')).toBe(false);
    expect(() => shareCardsSetting('no')).toThrow('SHARE_CARDS must be "on" or "off" (draw the figures\' share cards or not); found "no".');
  });
});
