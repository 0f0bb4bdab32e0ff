// The site built for a sub-path (BASE_PATH=/alliance-2023/) and served under it, as a host would:
// every internal link and asset, the canonical URLs, the sitemap, robots.txt, the calendar files,
// the edit links and the search all carry the base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { connect, withPage } from '../helpers/browser';
import { canonical, htmlPages, listFiles, meta, sitemapLocs } from '../helpers/dist';
import { attr, select, startTags, text, tokens } from '../helpers/html';
import { siteBuild } from '../helpers/site-build';
import { EXTRA_BUILDS } from './builds';
import { pngSize } from '../helpers/png';

const settings = EXTRA_BUILDS.subpath!.env!;
const [BASE, SITE, REPO] = [settings.BASE_PATH!, settings.SITE_URL!, settings.REPOSITORY_URL!];
let OUT = '';
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  OUT = await siteBuild('subpath');
  [server, browser] = await Promise.all([serve({ dir: OUT, base: BASE, port: 0 }), connect()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const read = (f: string) => readFileSync(join(OUT, f), 'utf8');
const pages = () => htmlPages(OUT);

/** The file a site path (under the base) is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const local = decodeURIComponent(path.slice(BASE.length).replace(/[?#].*$/, ''));
  const candidates = local === '' || local.endsWith('/') ? [`${local}index.html`] : [local, `${local}/index.html`];
  return candidates.find((c) => existsSync(join(OUT, c)));
}

/**
 * Every href, src and form action in a page that points into this site (not to another origin).
 * Canonical and Open Graph addresses are checked on their own below.
 */
function internalLinks(html: string): string[] {
  return startTags(html)
    .filter((t) => !(t.name === 'link' && tokens(t.attrs.rel).includes('canonical')))
    .flatMap((t) => ['href', 'src', 'action'].flatMap((a) => t.attrs[a] ?? []))
    .filter((u) => !/^(#|[a-z][a-z0-9+.-]*:|\/\/)/i.test(u) || u.startsWith(SITE));
}

/** Links an editor wrote root-relative in a Markdown or MDX body, e.g. [glossary](/glossary/#x). */
function bodyLinks(): Set<string> {
  const files = listFiles('content').filter((f) => /\.mdx?$/.test(f));
  const written = files.flatMap((f) => [...readFileSync(join('content', f), 'utf8').matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)]);
  return new Set(written.map((m) => (m[1] ?? m[2])!));
}

describe('a sub-path build', () => {
  it('links every internal page and asset under the base, to a file that exists', () => {
    const fromBodies = bodyLinks();
    const wrong: string[] = [];
    for (const page of pages()) {
      for (const link of internalLinks(page.html)) {
        if (fromBodies.has(link)) continue; // checked in the next test
        const path = link.startsWith(SITE) ? link.slice(SITE.length) : link;
        if (!path.startsWith(BASE)) wrong.push(`${page.file}: ${link} is outside ${BASE}`);
        else if (!fileFor(path)) wrong.push(`${page.file}: ${link} leads to no file`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Root-relative links written in Markdown/MDX bodies are rebased by src/lib/rehype-base-links.ts.
  it('rebases the root-relative links written in Markdown and MDX bodies', () => {
    const fromBodies = bodyLinks();
    const left = pages().flatMap((page) =>
      internalLinks(page.html)
        .filter((l) => fromBodies.has(l))
        .map((l) => `${page.file}: ${l}`),
    );
    expect(left).toEqual([]);
  });

  it('gives every page a canonical URL on the public site under the base', () => {
    for (const page of pages()) {
      if (page.file === '404.html') continue;
      expect(canonical(page.html), page.file).toBe(`${SITE}${BASE}${page.path}`);
      expect(meta(page.html, 'og:url'), page.file).toBe(canonical(page.html));
    }
  });

  it('names each page’s share image by its public address under the base: a 1200 × 630 PNG of the build', () => {
    // Embedded figures are shown in frames, never shared as links: they name no image.
    for (const page of pages().filter((p) => !p.path.endsWith('/embed/'))) {
      const image = meta(page.html, 'og:image');
      expect(image, page.file).toMatch(new RegExp(`^${SITE}${BASE}og/(figures/[a-z0-9-]+|site)\\.png$`));
      const figure = /^figures\/([^/]+)\/$/.exec(page.path)?.[1];
      if (figure && existsSync(join('content/figures', `${figure}.md`)))
        expect(image, page.file).toBe(`${SITE}${BASE}og/figures/${figure}.png`);
      expect(pngSize(readFileSync(join(OUT, fileFor(image!.slice(SITE.length))!))), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('lists sitemap addresses under the base, each leading to a page', () => {
    const index = sitemapLocs(read('sitemap-index.xml'));
    expect(index.length).toBeGreaterThan(0);
    for (const sitemap of index) {
      expect(sitemap.startsWith(`${SITE}${BASE}`), sitemap).toBe(true);
      const locs = sitemapLocs(read(sitemap.slice(SITE.length + BASE.length)));
      expect(locs.length).toBeGreaterThan(10);
      for (const loc of locs) {
        expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
        expect(fileFor(loc.slice(SITE.length)), loc).toBeDefined();
      }
    }
  });

  it('serves robots.txt under the base, pointing at the sitemap', async () => {
    const response = await fetch(`${server.url}robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(new RegExp(`^Sitemap: ${SITE}${BASE}sitemap-index\\.xml$`, 'm'));
  });

  it('writes calendar URLs under the base', () => {
    const calendars = listFiles(OUT).filter((f) => f.endsWith('.ics'));
    expect(calendars.length).toBeGreaterThan(1);
    for (const f of calendars) {
      const unfolded = read(f).replace(/\r\n[ \t]/g, '');
      const urls = [...unfolded.matchAll(/^URL[^:]*:(.*)$/gm)].map((m) => m[1]!.trim());
      expect(urls.length, f).toBeGreaterThan(0);
      for (const u of urls) {
        expect(u.startsWith(`${SITE}${BASE}programme/`), `${f}: ${u}`).toBe(true);
        expect(fileFor(u.slice(SITE.length)), u).toBeDefined();
      }
    }
  });

  it('answers an unknown address under the base with the 404 page', async () => {
    const response = await fetch(`${server.url}no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('links each page made from a content file to that file in the repository', () => {
    const expected: [string, string][] = [
      ...readdirSync('content/figures').map(
        (f) => [`figures/${f.replace(/\.md$/, '')}/index.html`, `content/figures/${f}`] as [string, string],
      ),
      ...readdirSync('content/programme').map(
        (f) => [`programme/${f.replace(/\.md$/, '')}/index.html`, `content/programme/${f}`] as [string, string],
      ),
      ...readdirSync('content/speakers').map(
        (f) => [`speakers/${f.replace(/\.md$/, '')}/index.html`, `content/speakers/${f}`] as [string, string],
      ),
      ...readdirSync('content/background').map(
        (f) => [`background/${f.replace(/\.mdx?$/, '')}/index.html`, `content/background/${f}`] as [string, string],
      ),
      ...readdirSync('content/pages').map((f) => [`${f.replace(/\.mdx?$/, '')}/index.html`, `content/pages/${f}`] as [string, string]),
      ['conference/index.html', 'content/conference.yaml'],
      ['background/index.html', 'content/milestones.yaml'],
    ];
    const editLinks = (file: string) =>
      select(read(file), 'a')
        .filter((a) => text(a).trim() === 'Edit this page')
        .map((a) => ({ href: attr(a, 'href'), rel: tokens(attr(a, 'rel')).sort().join(' ') }));
    for (const [page, source] of expected) {
      expect(existsSync(source), source).toBe(true);
      expect(editLinks(page), page).toEqual([{ href: `${REPO}/edit/main/${source}`, rel: 'noopener noreferrer' }]);
    }
    expect(editLinks('search/index.html')).toEqual([]);
  });

  it('finds 27.6 million in Chromium and leads to the figure under the base', () =>
    withPage(browser, async (page) => {
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
      await page.goto(`${server.url}search/?q=27.6+million`);
      const first = page.locator('#search-results a').first();
      await first.waitFor();
      // Results carry ?highlight=… so the figure page marks the words searched for.
      expect(new URL((await first.getAttribute('href'))!, server.url).pathname).toBe(`${BASE}figures/forced-labour-2021/`);
      await first.click();
      await page.waitForLoadState('load');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('27.6 million');
      expect(new URL(page.url()).pathname).toBe(`${BASE}figures/forced-labour-2021/`);
      expect(failed).toEqual([]);
    }));
});
