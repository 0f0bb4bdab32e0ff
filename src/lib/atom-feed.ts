// An Atom 1.0 feed (RFC 4287) of the corrections log, written with fast-xml-parser's XMLBuilder, which
// escapes every text and attribute value: content text stays text, whatever it holds. Characters XML
// cannot carry (most control characters) and characters that reorder text unseen (bidirectional
// controls) are removed first. Deterministic: every date comes from the entries, none from the clock.
import { XMLBuilder } from 'fast-xml-parser';
import { withoutHiddenCharacters } from './hidden-characters';

export interface AtomEntry {
  /** A permanent, absolute IRI for the entry, e.g. https://example.org/changes/#change-x. */
  id: string;
  /** Plain text. */
  title: string;
  /** The day of the entry, YYYY-MM-DD. */
  date: string;
  /** Absolute address of the page the entry is about (with its anchor). */
  link: string;
  /** One line of plain text. */
  summary: string;
  /** The entry's text as HTML (already sanitised), with absolute links. */
  html: string;
}

export interface AtomFeed {
  /** Absolute IRI of the feed, e.g. https://example.org/changes/. */
  id: string;
  title: string;
  subtitle: string;
  /** Absolute address of the feed file itself. */
  self: string;
  /** Absolute address of the web page the feed mirrors. */
  alternate: string;
  author: { name: string; uri: string };
  /** BCP 47 language of the text, e.g. en. */
  lang: string;
  /** Newest first. */
  entries: AtomEntry[];
  /** The feed's `updated` when it has no entry (YYYY-MM-DD): a fixed date, never the build's clock. */
  emptyDate: string;
}

/** Code points XML 1.0 cannot carry at all, and the C1 controls it discourages. */
const NOT_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** Plain text for the feed: one line, no control, bidirectional or zero-width character. */
export function feedText(text: string): string {
  return withoutHiddenCharacters(text.replace(/\s/g, ' ')).replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

/** HTML for the feed: line breaks kept, characters XML cannot carry and bidirectional controls removed. */
export function feedHtml(html: string): string {
  return html.replace(BIDI, '').replace(NOT_XML, '');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as an Atom date-time: midnight UTC, e.g. 2026-11-30T00:00:00Z. */
export function atomDate(day: string): string {
  if (!DAY.test(day)) throw new Error(`Not a date written YYYY-MM-DD: "${day}"`);
  return `${day}T00:00:00Z`;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** The feed as an XML document. */
export function atomFeed(feed: AtomFeed): string {
  const newest = feed.entries.map((e) => e.date).reduce((a, b) => (b > a ? b : a), feed.entries[0]?.date ?? feed.emptyDate);
  const link = (rel: string, type: string, href: string) => ({ '@_rel': rel, '@_type': type, '@_href': href });
  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': feed.lang,
      id: feed.id,
      title: { '@_type': 'text', '#text': feedText(feed.title) },
      subtitle: { '@_type': 'text', '#text': feedText(feed.subtitle) },
      updated: atomDate(newest),
      author: { name: feedText(feed.author.name), uri: feed.author.uri },
      link: [link('self', 'application/atom+xml', feed.self), link('alternate', 'text/html', feed.alternate)],
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: { '@_type': 'text', '#text': feedText(e.title) },
        published: atomDate(e.date),
        updated: atomDate(e.date),
        link: link('alternate', 'text/html', e.link),
        summary: { '@_type': 'text', '#text': feedText(e.summary) },
        content: { '@_type': 'html', '#text': feedHtml(e.html) },
      })),
    },
  }) as string;
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
