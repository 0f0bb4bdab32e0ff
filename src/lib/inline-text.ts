/**
 * Short texts written in content files (chart summaries, notes, section parts, descriptions) may hold
 *   {figure-id}          a figure's value, linked to its page, so that no number stands unsourced;
 *   {conference.name}    a value the site fills in (TEXT_VALUES lists every one);
 *   [words](/address/)   a link: to an address on this site, an #anchor, or an https:// address.
 * Everything else is plain text. This module only splits a text into these pieces: components render
 * them, and Astro escapes every piece for HTML.
 */

/** The values a text can name, with what each becomes; the site fills them in from the content. */
export const TEXT_VALUES = {
  'conference.name': "the conference's full name, from content/conference.yaml (`name`)",
  'conference.shortName': "the conference's short name (`shortName`)",
  'conference.dates': 'the conference\'s days, written out, such as "18–19 April 2023"',
  'conference.venue': 'the building (`venue.name`)',
  'conference.city': 'the city (`venue.city`)',
  'conference.country': 'the country (`venue.country`)',
  'conference.organiser': 'who organised it (`organiser`)',
  'conference.theme': 'the theme, in our words (`theme`)',
  'conference.zone': 'the time zone at the venue, such as "CEST, UTC+2"',
  'figures.count': 'how many figures the site has',
  'articles.count': 'how many background articles the site has',
  'sessions.count': 'how many sessions the programme has',
  'speakers.count': 'how many speakers the site has',
} as const;

export type TextValueName = keyof typeof TEXT_VALUES;

/** A piece of text: plain words, a figure's value, or a value the site fills in. */
export type Piece = { text: string } | { figure: string } | { value: string };
/** A piece, or a link whose words are pieces. */
export type Segment = Piece | { link: string; children: Piece[] };

const TOKEN = /\{(?:([a-z0-9]+(?:-[a-z0-9]+)*)|([a-z]+(?:\.[a-zA-Z]+)+))\}/g;
const LINK = /\[([^\]\n]+)\]\(([^()\s]+)\)/g;

/** Splits a text into plain words, {figure-id} and {value.name} pieces, in order. */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
    pieces.push(m[1] ? { figure: m[1] } : { value: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** Splits a text into pieces and [words](address) links, in order. */
export function splitInline(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > last) segments.push(...splitPieces(text.slice(last, m.index)));
    segments.push({ link: m[2]!, children: splitPieces(m[1]!) });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push(...splitPieces(text.slice(last)));
  return segments;
}

const piecesOf = (segments: Segment[]): Piece[] => segments.flatMap((s) => ('link' in s ? s.children : [s]));

/** The figure ids a text names with {figure-id}, links included. */
export const figureRefsIn = (text: string): string[] => piecesOf(splitInline(text)).flatMap((p) => ('figure' in p ? [p.figure] : []));

/** The value names a text uses with {value.name}, links included. */
export const valueRefsIn = (text: string): string[] => piecesOf(splitInline(text)).flatMap((p) => ('value' in p ? [p.value] : []));

/** Every [words](address) link of a text, as written. */
export const linksIn = (text: string): { words: string; link: string }[] =>
  [...text.matchAll(LINK)].map((m) => ({ words: m[1]!, link: m[2]! }));

/** Whether a name is one of the values a text can use. */
export const isTextValue = (name: string): name is TextValueName => Object.hasOwn(TEXT_VALUES, name);

/**
 * Where a link may go: an address on this site from its root ("/glossary/"), an anchor on the same
 * page ("#timeline"), or an https address. Anything else (javascript:, data:, "//host", relative
 * paths) is refused, by the check and by the page.
 */
export function linkKind(link: string): 'internal' | 'anchor' | 'external' | undefined {
  if (/\s/.test(link)) return undefined;
  if (/^\/(?!\/)/.test(link)) return 'internal';
  if (/^#[\w-]*$/.test(link)) return 'anchor';
  if (/^https:\/\/[^/]+\.[^/]+/.test(link)) return 'external';
  return undefined;
}

/** How to write each piece as plain text: a figure's display value, a filled-in value. */
export interface PlainResolvers {
  figure: (id: string) => string | undefined;
  value: (name: string) => string | undefined;
}

/** The text as plain words, for titles, descriptions and labels: links become their words. Unknown references stay as written. */
export function plainText(text: string, resolve: PlainResolvers): string {
  return piecesOf(splitInline(text))
    .map((p) =>
      'text' in p ? p.text : 'figure' in p ? (resolve.figure(p.figure) ?? `{${p.figure}}`) : (resolve.value(p.value) ?? `{${p.value}}`),
    )
    .join('');
}

/** What a page shows for a text: words, or a link with its words. Both are text to the renderer, never HTML. */
export type InlineItem = { text: string } | { href: string; title?: string; rel?: string; words: string };

export interface InlineResolvers {
  /** A figure's value, the address of its page and a tooltip; undefined leaves the reference as written. */
  figure: (id: string) => { display: string; href: string; title: string } | undefined;
  value: (name: string) => string | undefined;
  /** The href (and rel) of a link this module accepts (see linkKind). */
  link: (link: string) => { href: string; rel?: string };
}

/**
 * A text as the items a page renders: a figure becomes a link showing its value, a value its words,
 * a link a link (a figure inside it shows as its value only). A link to an address linkKind refuses
 * shows its words without a link.
 */
export function inlineItems(text: string, resolve: InlineResolvers): InlineItem[] {
  const words = (p: Piece): string =>
    'text' in p
      ? p.text
      : 'figure' in p
        ? (resolve.figure(p.figure)?.display ?? `{${p.figure}}`)
        : (resolve.value(p.value) ?? `{${p.value}}`);
  return splitInline(text).map((s): InlineItem => {
    if ('link' in s) {
      const label = s.children.map(words).join('');
      return linkKind(s.link) ? { ...resolve.link(s.link), words: label } : { text: label };
    }
    if ('figure' in s) {
      const f = resolve.figure(s.figure);
      return f ? { href: f.href, title: f.title, words: f.display } : { text: `{${s.figure}}` };
    }
    return { text: words(s) };
  });
}
