// The corrections log as journalists follow it: /changes.xml is Atom a feed reader reads, one entry
// per file in content/corrections, each linking to its place on its page; every page announces the
// feed; /changes/ lists every entry by date; a corrected page says so at the top and lists its
// entries, which the search index holds with the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-file';
import { collectionFiles } from '../../src/pipeline/read-collection';
import { COLLECTIONS } from '../../src/schemas';
import { connect, withPage } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { attr, first, select } from '../helpers/html';
import { parseFeed, rawFeed, wellFormed } from '../helpers/feed';

const outDir = inject('outDir');
const siteUrl = inject('siteUrl');
const base = inject('base');
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');

/** Every entry of the log, its files found and read as the content loader finds and reads them. */
const entries = collectionFiles(process.cwd(), COLLECTIONS.corrections).map((file) => {
  const parsed = parseContentFile(readFileSync(file, 'utf8'), 'markdown');
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const data = parsed.data as Record<string, string>;
  const [folder, id] = data.figure ? ['figures', data.figure] : data.article ? ['background', data.article] : ['programme', data.session];
  return {
    id: file.replace(/^.*\//, '').replace(/\.md$/, ''),
    date: data.date!,
    kind: data.kind!,
    summary: data.summary!,
    page: `${folder}/${id}/`,
  };
});
const newest = entries
  .map((e) => e.date)
  .sort()
  .at(-1)!;
const xml = read('changes.xml');
/** The site's public origin and base, as the feed writes addresses (SITE_URL at build time): its link to /changes/ without "changes/". */
const feedBase = (rawFeed(xml).feed.link as { rel: string; href: string }[])
  .find((l) => l.rel === 'alternate')!
  .href.replace(/changes\/$/, '');

describe('/changes.xml', () => {
  it('is well-formed Atom that a feed reader reads, one entry per file in content/corrections', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect(wellFormed(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toMatch(/^Corrections and updates · /);
    expect(feed.self).toBe(`${feedBase}changes.xml`);
    expect(feed.authors[0]?.name).toBeTruthy();
    expect(feed.items).toHaveLength(entries.length);
  });

  it('takes `updated` from the newest entry, and lists the newest first', () => {
    const { feed, entries: raw } = rawFeed(xml);
    expect(feed.updated).toBe(`${newest}T00:00:00Z`);
    const dates = raw.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('links each entry to its anchor on its page, which the build has', () => {
    const { entries: raw } = rawFeed(xml);
    for (const e of entries) {
      const item = raw.find((r) => r.id === `${feedBase}changes/#change-${e.id}`);
      expect(item, e.id).toBeDefined();
      expect(item!.link).toEqual({ rel: 'alternate', type: 'text/html', href: `${feedBase}${e.page}#change-${e.id}` });
      expect(item!.summary).toBe(e.summary.replace(/\s+/g, ' '));
      expect(item!.title).toMatch(new RegExp(`^${e.kind === 'correction' ? 'Correction' : 'Update'}: `));
      expect(first(read(`${e.page}index.html`), `[id="change-${e.id}"]`), e.id).toBeDefined();
    }
  });

  it('gives each entry its why as HTML whose links are absolute', () => {
    const { entries: raw } = rawFeed(xml);
    const hrefs = raw.flatMap((item) => {
      expect(select(item.content, 'body > *')[0]?.tagName, item.id).toBe('p');
      return select(item.content, 'a').map((a) => [item.id, attr(a, 'href') ?? ''] as const);
    });
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [id, href] of hrefs) expect(href, id).toMatch(/^https?:\/\//);
  });
});

describe('every page', () => {
  // Not an embed (/figures/<id>/embed/): a page framed by another site carries only what the frame shows.
  const pages = htmlPages(outDir).filter((p) => !p.path.endsWith('/embed/'));
  it.each(pages.map((p) => [p.file, p.html] as const))('%s announces the feed in its head', (_file, html) => {
    const feeds = select(html, 'head link[rel="alternate"][type="application/atom+xml"]');
    expect(feeds.map((link) => attr(link, 'href'))).toEqual([`${base}changes.xml`]);
  });
});

describe.concurrent('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connect();
  });
  afterAll(async () => browser?.close());

  it('/changes/ lists every entry under its date, newest first, each linked to its place on its page', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}changes/`);
      const groups = await page.locator('main h2 time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(groups).toEqual([...new Set(entries.map((e) => e.date))].sort().reverse());
      const links = await page
        .locator('main li[id^="change-"] h3 a')
        .evaluateAll((as) => as.map((a) => [a.closest('li')!.id, (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash]));
      expect(links).toHaveLength(entries.length);
      for (const [anchor, href] of links) {
        const e = entries.find((x) => `change-${x.id}` === anchor)!;
        expect(href).toBe(`${base}${e.page}#${anchor}`);
      }
      await expect(page.getByRole('link', { name: 'Atom feed' }).getAttribute('href')).resolves.toBe(`${base}changes.xml`);
    }));

  it('the footer of every page and the About page lead to /changes/', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}about/`);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).getAttribute('href')).resolves.toBe(
        `${base}changes/`,
      );
      await expect(page.getByRole('main').getByRole('link', { name: 'Corrections and updates' }).getAttribute('href')).resolves.toBe(
        `${base}changes/`,
      );
    }));

  it('a corrected figure says so at the top, linked to its entries, newest first, each with its date', () =>
    withPage(browser, async (page) => {
      const figure = entries.find((e) => e.id === '2026-11-30-victims-identified-2021')!;
      await page.goto(`${siteUrl}${figure.page}`);
      const notice = page.getByRole('link', { name: /^Corrected on 30 November 2026$/ });
      await expect(notice.getAttribute('href')).resolves.toBe('#corrections');
      const section = page.getByRole('region', { name: 'Corrections and updates' });
      await expect(section.locator(`#change-${figure.id} time`).getAttribute('datetime')).resolves.toBe(figure.date);
      await expect(section.locator(`#change-${figure.id}`).textContent()).resolves.toContain('Correction');
      await expect(section.textContent()).resolves.toContain(figure.summary);
    }));

  it('a page with only updates says "Updated on"; a page with no entry says nothing', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}figures/forced-labour-2021/`);
      await expect(page.getByRole('link', { name: /^Updated on / }).count()).resolves.toBe(1);
      await page.goto(`${siteUrl}figures/detected-victims-2022/`);
      await expect(page.getByRole('link', { name: /^(Corrected|Updated) on / }).count()).resolves.toBe(0);
      await expect(page.getByRole('region', { name: 'Corrections and updates' }).count()).resolves.toBe(0);
    }));

  it('a corrected article lists its entries in "On this page"', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}background/alliance/`);
      await expect(
        page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Corrections and updates' }).getAttribute('href'),
      ).resolves.toBe('#corrections');
    }));

  it('the search index holds a corrected page with its entries', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}search/`);
      // A string, so that the test runner leaves its import() alone: it runs in the page, on Pagefind's own API.
      const content = (await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
        const search = await pagefind.search('90,354');
        const pages = await Promise.all(search.results.map((r) => r.data()));
        return pages.find((p) => p.url.endsWith('/figures/victims-identified-2021/'))?.content;
      })()`)) as string | undefined;
      expect(content).toContain('Corrections and updates');
      expect(content).toContain('where we gave 90,000');
    }));
});
