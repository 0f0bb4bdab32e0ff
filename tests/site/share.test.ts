// Passing a figure on: a share card per figure (og:image), an embed page that another site may
// frame while no other page may be framed, and downloads (the figure as JSON, each chart as SVG).
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSettings } from '../../scripts/build-settings.mjs';
import { serve } from '../../scripts/serve.mjs';
import { EMBED_HEIGHT, EMBED_SANDBOX, EMBED_WIDTH } from '../../src/lib/embed';
import { connect } from '../helpers/browser';
import { htmlPages, meta, sitemapLocs } from '../helpers/dist';
import { first, startTags, text } from '../helpers/html';
import { framingAllowed, headersFor, HOSTS } from '../helpers/host-headers';
import { pngSize } from '../helpers/png';

const outDir = inject('outDir');
const base = inject('base');
const site = buildSettings(process.env).site;
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');
const publicUrl = (path: string) => `${site}${base}${path}`;

type Record = { [key: string]: string | number | null };
const figures = (JSON.parse(read('data/figures.json')) as { figures: Record[] }).figures;
const ids = figures.map((f) => String(f.id));
const pages = htmlPages(outDir);
const isEmbed = (path: string) => /^figures\/[^/]+\/embed\/$/.test(path);

/** The text of the element with this id, decoded (the embed code is shown as text). */
const textOf = (html: string, id: string) => text(first(html, `#${id}`)!);

describe('share cards', () => {
  it.each(ids)('%s: a 1200 × 630 PNG, named by absolute URL with its size and a sentence of alt text', (id) => {
    const html = read(`figures/${id}/index.html`);
    const f = figures.find((r) => r.id === id)!;
    expect(meta(html, 'og:image')).toBe(publicUrl(`og/figures/${id}.png`));
    expect(pngSize(readFileSync(join(outDir, `og/figures/${id}.png`)))).toEqual({ width: 1200, height: 630 });
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height'), meta(html, 'og:image:type')]).toEqual([
      '1200',
      '630',
      'image/png',
    ]);
    const alt = meta(html, 'og:image:alt') ?? '';
    for (const part of [f.display, f.title, f.year]) expect(alt).toContain(String(part));
    expect(alt).toMatch(/\.$/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });

  it('gives every other page the site card', () => {
    expect(pngSize(readFileSync(join(outDir, 'og/site.png')))).toEqual({ width: 1200, height: 630 });
    const others = pages.filter((p) => !/^figures\/[^/]+\/(embed\/)?$/.test(p.path));
    expect(others.length).toBeGreaterThan(20);
    for (const p of others) {
      expect(meta(p.html, 'og:image'), p.file).toBe(publicUrl('og/site.png'));
      expect(meta(p.html, 'og:image:alt') ?? '', p.file).toMatch(/^Alliance 2023: .+\.$/);
      expect(meta(p.html, 'twitter:card'), p.file).toBe('summary_large_image');
    }
  });

  it('draws a different card for each figure', () => {
    const cards = new Set(ids.map((id) => readFileSync(join(outDir, `og/figures/${id}.png`)).toString('base64')));
    expect(cards.size).toBe(ids.length);
  });
});

describe('downloads', () => {
  it.each(ids)('%s: its JSON equals its entry in /data/figures.json, and its page links to it', (id) => {
    expect(JSON.parse(read(`data/figures/${id}.json`))).toEqual(figures.find((r) => r.id === id));
    expect(read(`figures/${id}/index.html`)).toContain(`href="${base}data/figures/${id}.json" download`);
  });

  it('offers each chart as the SVG file the pages show inline, linked from the chart', () => {
    const files = readdirSync(join(outDir, 'figures/charts'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const shown = [
      ...pages
        .map((p) => p.html)
        .join('\n')
        .matchAll(
          /<div class="chart-svg[^"]*"[^>]*aria-hidden="true"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>[\s\S]*?href="([^"]+\.svg)" download/g,
        ),
    ];
    expect(new Set(shown.map((m) => m[2])).size).toBe(files.length);
    for (const [, svg, href] of shown) expect(`${svg}\n`, href).toBe(read(href!.slice(base.length)));
  });
});

describe('embeds', () => {
  it.each(ids)('%s: a page with no script, kept out of search engines, that links back to the figure', (id) => {
    const html = read(`figures/${id}/embed/index.html`);
    const f = figures.find((r) => r.id === id)!;
    expect(startTags(html, 'script')).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=|javascript:/i);
    expect(meta(html, 'robots')).toBe('noindex');
    expect(html).not.toContain('data-pagefind-body');
    expect(text(first(html, 'h1')!)).toBe(`${f.display} ${f.title}`);
    const links = startTags(html, 'a');
    expect(links.find((a) => a.attrs.href === `${base}figures/${id}/`)?.attrs.target).toBe('_top');
    expect(links.find((a) => a.attrs.href === f.source_url)?.attrs.target).toBe('_top');
  });

  it.each(ids)('%s: its page offers the <iframe> code beside the citations', (id) => {
    const html = read(`figures/${id}/index.html`);
    const f = figures.find((r) => r.id === id)!;
    const code = textOf(html, 'embed-code');
    const iframe = startTags(code, 'iframe')[0]!;
    expect(iframe.attrs).toEqual({
      src: publicUrl(`figures/${id}/embed/`),
      title: `${f.display}: ${f.title} (${f.year_label})`,
      width: String(EMBED_WIDTH),
      height: String(EMBED_HEIGHT),
      loading: 'lazy',
      sandbox: EMBED_SANDBOX,
      style: 'max-width:100%;border:0',
    });
    expect(html.indexOf('id="embed-code"')).toBeGreaterThan(html.indexOf('id="citation-source"'));
    expect(html).toContain('data-copy="embed-code"');
  });

  it('are in neither the sitemap nor the search index', () => {
    const locs = sitemapLocs(read('sitemap-index.xml')).flatMap((f) => sitemapLocs(read(new URL(f).pathname.slice(base.length))));
    expect(locs.filter((l) => l.includes('/embed/'))).toEqual([]);
    const fragments = readdirSync(join(outDir, 'pagefind/fragment')).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string },
    );
    expect(fragments.length).toBeGreaterThan(40);
    expect(fragments.filter((f) => f.url.includes('/embed/'))).toEqual([]);
  });

  it('may be framed by any site, on Netlify and on Cloudflare Pages, while no other page may', () => {
    const rules = read('_headers');
    const wrong: string[] = [];
    for (const host of HOSTS) {
      for (const p of pages.filter((x) => x.file !== '404.html')) {
        if (isEmbed(p.path)) {
          const headers = headersFor(rules, `/${p.path}`, host);
          if (framingAllowed(headers) !== 'anyone' || headers.has('x-frame-options'))
            wrong.push(`${host} /${p.path}: ${framingAllowed(headers)}, X-Frame-Options ${headers.get('x-frame-options')}`);
          continue;
        }
        // Under its address and as the index.html file behind it, which some hosts also serve.
        for (const path of [`/${p.path}`, `/${p.file}`]) {
          const headers = headersFor(rules, path, host);
          const xfo = (headers.get('x-frame-options') ?? '').split(',').map((v) => v.trim());
          if (framingAllowed(headers) !== 'nobody' || !xfo.every((v) => v === 'DENY'))
            wrong.push(`${host} ${path}: ${framingAllowed(headers)}, X-Frame-Options ${xfo.join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('embeds in Chromium, framed by another site', () => {
  let browser: Browser;
  let siteServer: { url: string; close: () => Promise<void> };
  let plain: Server;
  let plainUrl: string;
  let host: Server;
  let hostOrigin: string;
  let hostHtml = '';
  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  };

  beforeAll(async () => {
    // The preview server, which sends what _headers gives each address, as a host that reads it.
    siteServer = await serve({ dir: outDir, base, port: 0 });
    // The same files with no headers at all, to show that the headers are what refuses.
    const files = sirv(outDir);
    plain = createServer((req, res) => {
      req.url = `/${(req.url ?? '/').slice(base.length)}`;
      files(req, res, () => {
        res.writeHead(404).end();
      });
    });
    plainUrl = `http://127.0.0.1:${await listen(plain)}${base}`;
    // The other site: another host name and port, serving whatever page the test sets.
    host = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(hostHtml);
    });
    hostOrigin = `http://localhost:${await listen(host)}`;
    browser = await connect();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of [host, plain]) await new Promise((resolve) => server?.close(resolve));
    await siteServer?.close();
  });

  /** The figure page's own <iframe> code, pointed at the test server instead of SITE_URL. */
  const snippet = (id: string, server = siteServer) =>
    textOf(read(`figures/${id}/index.html`), 'embed-code').replace(publicUrl(''), server.url);

  /** Opens a page of the other site with `body` in it; `seen` collects the console's messages from the start. */
  async function hostPage(body: string, colorScheme: 'light' | 'dark' = 'light', seen: string[] = []): Promise<Page> {
    hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><p>An article on another site.</p>${body}</body></html>`;
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, colorScheme });
    page.on('console', (m) => seen.push(m.text()));
    await page.goto(`${hostOrigin}/`);
    return page;
  }
  const frame = (page: Page, src: string) => page.locator(`iframe[src$="${src}"]`).contentFrame();

  it('shows the embed in the other site’s frame, and refuses to show a figure page there', async () => {
    const seen: string[] = [];
    const page = await hostPage(
      `${snippet('forced-labour-2021')}<iframe src="${siteServer.url}figures/forced-labour-2021/" title="The page" width="600" height="300"></iframe>`,
      'light',
      seen,
    );
    expect(await frame(page, 'figures/forced-labour-2021/embed/').locator('h1').textContent()).toContain('27.6 million');
    // Chromium names the framing page, not the framed one: one refusal, for the one figure page.
    await expect.poll(() => seen.filter((m) => m.includes('frame-ancestors')), { timeout: 10_000 }).toHaveLength(1);
    expect(seen.find((m) => m.includes('frame-ancestors'))).toMatch(
      /^Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
    );
    expect(await frame(page, 'figures/forced-labour-2021/').locator('h1').textContent()).not.toContain('27.6 million');
    await page.close();
  });

  it('is the headers that refuse: without them the same figure page would show in the frame', async () => {
    const page = await hostPage(`<iframe src="${plainUrl}figures/forced-labour-2021/" title="The page" width="600" height="300"></iframe>`);
    expect(await frame(page, 'figures/forced-labour-2021/').locator('h1').textContent()).toContain('27.6 million');
    await page.close();
  });

  it('opens the figure page in the top window from the sandboxed frame', async () => {
    const page = await hostPage(snippet('modern-slavery-2021'));
    const link = frame(page, '/embed/').getByRole('link', { name: /^More on Alliance 2023/ });
    await Promise.all([page.waitForURL(`${siteServer.url}figures/modern-slavery-2021/`), link.click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('49.6 million');
    await page.close();
  });

  it('follows the reader’s light or dark setting inside the frame', async () => {
    const colours: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await hostPage(snippet('forced-labour-2021'), scheme);
      colours.push(
        await frame(page, '/embed/')
          .locator('html')
          .evaluate((el) => getComputedStyle(el).backgroundColor),
      );
      await page.close();
    }
    expect(colours).toEqual(['rgb(251, 250, 247)', 'rgb(20, 19, 17)']);
  });

  // One visit per figure, measured at each width by resizing: a third of the page loads. Four pages
  // share the figures out: each spends most of its time waiting for the browser.
  it('fits the frame at 400, 500 and 600 px wide, for every figure, without scrolling or cutting text', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    const queue = [...ids];
    const measure = async () => {
      const page = await browser.newPage();
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await page.goto(`${siteServer.url}figures/${id}/embed/`);
        for (const width of [400, 500, 600]) {
          await page.setViewportSize({ width, height: EMBED_HEIGHT });
          const fit = await page.evaluate(() => {
            const root = document.documentElement;
            const cut = [...document.querySelectorAll<HTMLElement>('.value, .title, dd')]
              .filter((el) => el.scrollHeight > el.clientHeight + 1)
              .map((el) => el.textContent);
            return { scrollsDown: root.scrollHeight > root.clientHeight, scrollsAcross: root.scrollWidth > root.clientWidth, cut };
          });
          if (fit.scrollsDown || fit.scrollsAcross || fit.cut.length) problems.push(`${id} at ${width} px: ${JSON.stringify(fit)}`);
        }
      }
      await page.close();
    };
    await Promise.all([measure(), measure(), measure(), measure()]);
    expect(problems.sort()).toEqual([]);
  });
});
