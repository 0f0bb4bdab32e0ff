/**
 * The share images ("social cards") shown when a page is linked on social media or in a chat: a
 * 1200 × 630 layout described as a tree of boxes for the renderer (src/lib/render-card.ts). Text goes
 * into the tree as plain strings, never as markup; the renderer draws it as glyph outlines.
 */
import { plainLine } from './hidden-characters';
import { shortPublisher } from './figures';
import { LIGHT_PALETTE } from './palette';
import { yearText, type YearKind } from './figure-year';
import { fill } from './ui-format';
import { ui } from '../i18n';

/** The size Open Graph and X (Twitter) show large: 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The font drawn into every card: Inter (SIL Open Font License 1.1), from @fontsource/inter; see src/data/social-cards.ts. */
export const CARD_FONT = 'Inter';

/** The site's light palette: every text colour meets WCAG AA on paper (src/lib/palette.test.ts). */
const CARD_COLOURS = LIGHT_PALETTE;

type Style = Record<string, string | number>;
export interface CardNode {
  type: 'div';
  props: { style: Style; children?: string | CardNode | CardNode[] };
}

const PADDING = 72;
const INNER_WIDTH = CARD_WIDTH - 2 * PADDING;

/** Average advance of a glyph of the bold font, in em, measured on the figures' values (rounded up). */
const GLYPH_EM = 0.58;
const MIN_VALUE_PX = 88;

const box = (style: Style, children?: string | CardNode | CardNode[]): CardNode => ({ type: 'div', props: { style, children } });

/** A block of text cut to `lines` lines, with an ellipsis where it is cut. */
const text = (content: string, lines: number, style: Style): CardNode =>
  box({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis', maxWidth: INNER_WIDTH, ...style }, content);

/**
 * Font size of the value, in px: as large as fits on one line at an average glyph width of 0.6 em,
 * between 88 and 168. Longer values wrap to a second line rather than overflow.
 */
export function valueFontSize(display: string): number {
  const fit = Math.floor(INNER_WIDTH / (GLYPH_EM * Math.max(1, [...display].length)));
  return Math.max(MIN_VALUE_PX, Math.min(168, fit));
}

/** Whether the value is expected to need a second line at its font size. */
const valueWraps = (display: string) => GLYPH_EM * valueFontSize(display) * [...display].length > INNER_WIDTH;

function frame(eyebrow: string, body: CardNode[], foot: CardNode): CardNode {
  // Plain boxes only: a border or overflow clipping would make the renderer draw masks, several
  // times slower to rasterise. Long texts are cut by line clamps instead.
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: CARD_COLOURS.paper,
      color: CARD_COLOURS.ink,
      fontFamily: CARD_FONT,
    },
    [
      box({ height: 16, flexShrink: 0, backgroundColor: CARD_COLOURS.accent }),
      box(
        {
          flexGrow: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: `${PADDING - 16}px ${PADDING}px ${PADDING - 8}px`,
        },
        [
          text(eyebrow, 1, { fontSize: 34, fontWeight: 700, letterSpacing: 0.5 }),
          box({ display: 'flex', flexDirection: 'column', flexShrink: 1, margin: '24px 0' }, body),
          foot,
        ],
      ),
    ],
  );
}

const FOOT = { fontSize: 34, lineHeight: 1.3 } as const;

export interface FigureCardInput {
  siteName: string;
  /** The value as the source writes it, e.g. "27.6 million". */
  display: string;
  title: string;
  year: number;
  /** What the year is (data, publication, statement): the card says it as the page does. */
  yearKind: YearKind;
  publisher: string;
  sourceYear: number;
  derived: boolean;
}

/** A figure's card: the value large, what it measures, the year, the source, the site's name. */
export function figureCard(f: FigureCardInput): CardNode {
  const display = plainLine(f.display);
  const source = fill(f.derived ? ui.card.derived : ui.card.source, {
    publisher: shortPublisher(plainLine(f.publisher)),
    year: f.sourceYear,
  });
  return frame(
    fill(ui.card.header, { site: plainLine(f.siteName) }),
    [
      text(display, 2, { fontSize: valueFontSize(display), fontWeight: 700, lineHeight: 1.05, color: CARD_COLOURS.accent }),
      text(plainLine(f.title), valueWraps(display) ? 2 : 3, { marginTop: 20, fontSize: 52, fontWeight: 700, lineHeight: 1.2 }),
    ],
    box({ display: 'flex', flexDirection: 'row', alignItems: 'flex-start' }, [
      text(yearText(f.year, f.yearKind, { start: true }), 1, { ...FOOT, fontWeight: 700, flexShrink: 0, marginRight: 24 }),
      text(source, 2, { ...FOOT, color: CARD_COLOURS.muted, flexShrink: 1 }),
    ]),
  );
}

/** og:image:alt: what the card shows, in sentences. */
export function figureCardAlt(f: FigureCardInput): string {
  const source = fill(f.derived ? ui.card.derivedAlt : ui.card.source, {
    publisher: shortPublisher(plainLine(f.publisher)),
    year: f.sourceYear,
  });
  return `${plainLine(f.display)}: ${plainLine(f.title)}, ${yearText(f.year, f.yearKind)}. ${source}. ${plainLine(f.siteName)}.`;
}

export interface SiteCardInput {
  siteName: string;
  /** The conference's full name. */
  name: string;
  /** Where, e.g. "Hofburg, Vienna". */
  place: string;
  /** When, e.g. "18–19 April 2023". */
  dates: string;
  /** What the site offers, one sentence without its full stop. */
  offer: string;
}

/** The card of every page that is not a figure's. */
export function siteCard(s: SiteCardInput): CardNode {
  return frame(
    `${plainLine(s.place)} · ${plainLine(s.dates)}`,
    [
      text(plainLine(s.siteName), 1, { fontSize: 140, fontWeight: 700, lineHeight: 1.05, color: CARD_COLOURS.accent }),
      text(plainLine(s.name), 3, { marginTop: 20, fontSize: 52, fontWeight: 700, lineHeight: 1.2 }),
    ],
    text(plainLine(s.offer), 2, { ...FOOT, color: CARD_COLOURS.muted }),
  );
}

export function siteCardAlt(s: SiteCardInput): string {
  return `${plainLine(s.siteName)}: ${plainLine(s.name)}, ${plainLine(s.place)}, ${plainLine(s.dates)}. ${plainLine(s.offer)}.`;
}

/** The SHARE_CARDS build setting: true (the default, "on") when the figures' cards are drawn, false for "off". */
export function shareCardsSetting(value: string | undefined): boolean {
  const setting = value ?? 'on';
  if (setting !== 'on' && setting !== 'off')
    throw new Error(`SHARE_CARDS must be "on" or "off" (draw the figures' share cards or not); found "${setting}".`);
  return setting === 'on';
}
