// Reading an Atom feed in tests: is it well-formed XML (fast-xml-parser's validator, which stops at
// the first fault), what does a real feed reader make of it (@rowanmanning/feed-parser), and what are
// the exact texts of its entries (fast-xml-parser, entities decoded once, as any XML reader does).
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** true, or the validator's first error in words. */
export function wellFormed(xml: string): true | string {
  const result = XMLValidator.validate(xml);
  return result === true ? true : `${result.err.code} at line ${result.err.line}: ${result.err.msg}`;
}

export { parseFeed };

export interface RawEntry {
  id: string;
  title: string;
  summary: string;
  content: string;
  updated: string;
  published: string;
  link: { rel: string; type: string; href: string };
}

/** The feed's own fields and its entries as XML holds them (text decoded, nothing stripped). */
export function rawFeed(xml: string): { feed: Record<string, unknown>; entries: RawEntry[] } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    textNodeName: 'text',
    trimValues: false,
    parseTagValue: false,
    isArray: (name) => name === 'entry' || name === 'link',
  });
  const doc = parser.parse(xml) as { feed: Record<string, unknown> & { entry?: Record<string, unknown>[] } };
  const textOf = (v: unknown) => (typeof v === 'object' && v !== null ? String((v as { text?: unknown }).text ?? '') : String(v ?? ''));
  const entries = (doc.feed.entry ?? []).map((e) => ({
    id: textOf(e.id),
    title: textOf(e.title),
    summary: textOf(e.summary),
    content: textOf(e.content),
    updated: textOf(e.updated),
    published: textOf(e.published),
    link: (e.link as RawEntry['link'][])[0]!,
  }));
  return { feed: doc.feed, entries };
}
