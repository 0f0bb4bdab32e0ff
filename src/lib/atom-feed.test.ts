import { describe, expect, it } from 'vitest';
import { parseFeed, rawFeed, wellFormed } from '../../tests/helpers/feed';
import { atomDate, atomFeed, feedHtml, feedText, type AtomEntry, type AtomFeed } from './atom-feed';

const entry = (over: Partial<AtomEntry> = {}): AtomEntry => ({
  id: 'https://example.org/changes/#change-2026-11-30-a',
  title: 'Correction: People in forced labour',
  date: '2026-11-30',
  link: 'https://example.org/figures/a/#change-2026-11-30-a',
  summary: 'The value is now exact.',
  html: '<p>Why, with <a href="https://example.org/figures/a/">a link</a>.</p>',
  ...over,
});

const feed = (entries: AtomEntry[], over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://example.org/changes/',
  title: 'Corrections and updates · Alliance 2023',
  subtitle: 'Every change to a published fact.',
  self: 'https://example.org/changes.xml',
  alternate: 'https://example.org/changes/',
  author: { name: 'Alliance 2023', uri: 'https://example.org/' },
  lang: 'en',
  entries,
  emptyDate: '2023-04-19',
  ...over,
});

describe('atomFeed', () => {
  const xml = atomFeed(
    feed([
      entry({
        id: 'https://example.org/changes/#change-2026-12-02-b',
        date: '2026-12-02',
        title: 'Update: B',
        link: 'https://example.org/background/b/#change-2026-12-02-b',
      }),
      entry(),
    ]),
  );

  it('is well-formed XML that a feed reader reads as Atom, with every required element', () => {
    expect(wellFormed(xml)).toBe(true);
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Corrections and updates · Alliance 2023');
    expect(parsed.self).toBe('https://example.org/changes.xml');
    expect(parsed.url).toBe('https://example.org/changes/');
    expect(parsed.authors.map((a) => a.name)).toEqual(['Alliance 2023']);
    expect(parsed.items.map((i) => [i.id, i.title, i.url])).toEqual([
      ['https://example.org/changes/#change-2026-12-02-b', 'Update: B', 'https://example.org/background/b/#change-2026-12-02-b'],
      [
        'https://example.org/changes/#change-2026-11-30-a',
        'Correction: People in forced labour',
        'https://example.org/figures/a/#change-2026-11-30-a',
      ],
    ]);
  });

  it('takes `updated` from the newest entry, never from the clock', () => {
    expect(parseFeed(xml).updated?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(atomFeed(feed([entry()]))).toBe(atomFeed(feed([entry()])));
    expect(rawFeed(atomFeed(feed([]))).feed.updated).toBe('2023-04-19T00:00:00Z');
  });

  it('links each entry to its page with rel="alternate", and gives summary as text and content as HTML', () => {
    const [, first] = rawFeed(xml).entries;
    expect(first!.link).toEqual({ rel: 'alternate', type: 'text/html', href: 'https://example.org/figures/a/#change-2026-11-30-a' });
    expect(first!.summary).toBe('The value is now exact.');
    expect(first!.content).toBe('<p>Why, with <a href="https://example.org/figures/a/">a link</a>.</p>');
    expect(first!.updated).toBe('2026-11-30T00:00:00Z');
    expect(first!.published).toBe('2026-11-30T00:00:00Z');
    expect(xml).toContain('<summary type="text">The value is now exact.</summary>');
    expect(xml).toContain('<content type="html">&lt;p&gt;Why, with &lt;a href=&quot;https://example.org/figures/a/&quot;&gt;');
  });

  it('keeps a hostile summary, title and body inert: no extra element, no broken section, no control character', () => {
    const hostile =
      'a </summary><entry><id>x</id></entry> ]]> b ]]> <![CDATA[ c & d &amp; <script>alert(1)</script> \u0001\u0008\u001B\u007F\u0085 \u202Eevil\u202C \uFFFE\uD800 end';
    const out = atomFeed(feed([entry({ title: hostile, summary: hostile, html: `<p>${hostile}</p>` })], { title: hostile }));
    expect(wellFormed(out)).toBe(true);
    const { entries } = rawFeed(out);
    expect(entries).toHaveLength(1);
    const expected = 'a </summary><entry><id>x</id></entry> ]]> b ]]> <![CDATA[ c & d &amp; <script>alert(1)</script> evil end';
    expect(entries[0]!.summary).toBe(expected);
    expect(entries[0]!.title).toBe(expected);
    expect(entries[0]!.content).toBe(
      '<p>a </summary><entry><id>x</id></entry> ]]> b ]]> <![CDATA[ c & d &amp; <script>alert(1)</script>  evil  end</p>',
    );
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\uFFFE]/);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<entry><id>x');
    expect(parseFeed(out).items).toHaveLength(1);
  });
});

describe('feedText and feedHtml', () => {
  it('make plain text one line without hidden characters, and keep HTML line breaks', () => {
    expect(feedText('  one\n two\u200B\tthree ')).toBe('one two three');
    expect(feedHtml('<p>a\nb\u0000\u202E</p>')).toBe('<p>a\nb</p>');
  });
});

describe('atomDate', () => {
  it('writes a day as midnight UTC and refuses anything else', () => {
    expect(atomDate('2026-11-30')).toBe('2026-11-30T00:00:00Z');
    expect(() => atomDate('30 November 2026')).toThrow(/YYYY-MM-DD/);
  });
});
