// The figures as journalists use them: the open data agrees with itself and with content/figures,
// every figure has a page with an https source, a year and a citation, charts carry their numbers as
// a table, numbers in prose link to their figure, and the copy button is an enhancement only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../helpers/browser';
import { FIGURE_COLUMNS } from '../../src/lib/figure-data';

const outDir = inject('outDir');
const siteUrl = inject('siteUrl');
const base = inject('base');
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');
const fileOfUrl = (u: string) => {
  const path = decodeURIComponent(new URL(u, 'http://x').pathname).slice(base.length);
  return path.endsWith('/') || path === '' ? `${path}index.html` : path;
};

type Row = Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;
const json = JSON.parse(read('data/figures.json')) as { figures: Row[] };
const csv = parseCsv(read('data/figures.csv'), { bom: true }) as string[][];
const contentDir = join(process.cwd(), 'content/figures');
const content = readdirSync(contentDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join(contentDir, f), 'utf8');
    return { id: f.replace(/\.md$/, ''), data: parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!), body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
  });

describe('open data', () => {
  it('CSV and JSON have the same columns, in the stable order', () => {
    expect(csv[0]).toEqual([...FIGURE_COLUMNS]);
    for (const r of json.figures) expect(Object.keys(r)).toEqual([...FIGURE_COLUMNS]);
  });

  it('CSV and JSON hold the same figures with the same values', () => {
    const fromJson = json.figures.map((r) => FIGURE_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))));
    expect(csv.slice(1)).toEqual(fromJson);
  });

  it('is UTF-8 with a byte-order mark (for Excel), CRLF line ends, and keeps non-ASCII text intact', () => {
    const bytes = readFileSync(join(outDir, 'data/figures.csv'));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(bytes.toString('utf8').split('\r\n').length).toBeGreaterThan(json.figures.length);
    expect(read('data/figures.csv')).toContain('÷');
  });

  it('agrees with every file in content/figures', () => {
    expect(json.figures.map((r) => r.id).sort()).toEqual(content.map((c) => c.id).sort());
    for (const { id, data } of content) {
      const r = json.figures.find((x) => x.id === id)!;
      expect({ title: r.title, value: r.value, display: r.display, year: r.year, unit: r.unit, topic: r.topic, caveat: r.caveat }, id).toEqual({
        title: data.title,
        value: data.value,
        display: data.display,
        year: data.year,
        unit: data.unit,
        topic: data.topic,
        caveat: data.caveat ?? null,
      });
      expect([r.source_publisher, r.source_title, r.source_year, r.source_url, r.source_link], id).toEqual([
        data.source.publisher,
        data.source.title,
        data.source.year,
        data.source.url,
        data.source.link,
      ]);
      expect([r.year_kind, r.source_confirmed_by, r.source_confirmed_by_url], id).toEqual([
        data.yearKind ?? 'data',
        data.source.confirmedBy?.name ?? null,
        data.source.confirmedBy?.url ?? null,
      ]);
      expect(r.status, id).toBe(data.status ?? 'verified');
    }
  });
});

describe('what a figure’s year is', () => {
  const label = (id: string) => json.figures.find((r) => r.id === id)?.year_label;

  it('calls the 2014 profit estimates published in 2014 and the OSCE’s own counts statements of 2023', () => {
    for (const id of ['forced-labour-profits-2014', 'sexual-exploitation-profits-2014', 'other-forced-labour-profits-2014']) expect(label(id), id).toBe('published 2014');
    for (const id of ['economies-comparison-2023', 'participating-states-2023']) expect(label(id), id).toBe('statement of 2023');
    expect(label('forced-labour-2021')).toBe('data year 2021');
  });

  it('shows the kind of year on the cards of /figures/', () => {
    const html = read('figures/index.html');
    expect(html).toMatch(/>Published 2014<\/span> · Worldwide; illegal profits per year from forced labour in the private economy/);
    expect(html).toMatch(/>Statement of 2023<\/span>/);
    expect(html).toMatch(/>Data year 2021<\/span>/);
  });
});

describe.each(json.figures.map((r) => [r.id, r] as const))('figure %s', (id, r) => {
  const html = read(`figures/${id}/index.html`);

  it('has a page with its value, year and an https source', () => {
    expect(new URL(String(r.source_url)).protocol).toBe('https:');
    expect(Number(r.year)).toBeGreaterThanOrEqual(2000);
    expect(html).toContain(`href="${r.source_url}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>[\\s\\S]*${String(r.display).replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}`));
    const yearLabel = String(r.year_label);
    expect(html).toContain(`data-pagefind-meta="year">${yearLabel[0]!.toUpperCase()}${yearLabel.slice(1)}<`);
  });

  it('says what its link leads to and names a secondary confirmation, as the open data do', () => {
    expect(html).toContain(`data-source-link="${r.source_link}"`);
    if (r.source_confirmed_by) {
      expect(html).toContain('data-confirmed-by');
      expect(html).toContain(String(r.source_confirmed_by).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      if (r.source_confirmed_by_url) expect(html).toContain(`href="${r.source_confirmed_by_url}"`);
    } else expect(html).not.toContain('data-confirmed-by');
  });

  it('has a citation naming value, source and page, also in the open data', () => {
    const citation = String(r.citation);
    expect(citation).toContain(`${r.display} (${r.year_label})`);
    expect(citation).toContain(String(r.source_url));
    expect(citation).toContain(`Via ${r.page_url}`);
    expect(html).toMatch(/<h2 id="cite"[^>]*>Cite this figure<\/h2>/);
    expect(html).toContain('id="citation"');
  });

  it('shows "our calculation" and its method when derived', () => {
    if (r.status === 'derived') {
      expect(html).toContain('Our calculation');
      expect(String(r.method).length).toBeGreaterThan(5);
    } else expect(html).not.toContain('Our calculation');
  });

  it('gives search an explicit title and the value as metadata', () => {
    const title = /<main[^>]*data-pagefind-meta="title:([^"]+)"/.exec(html)?.[1];
    expect(title).toContain(String(r.display).replace(/&/g, '&amp;'));
    expect(html).toContain(`data-pagefind-meta="value">${String(r.display).replace(/&/g, '&amp;')}<`);
    expect(html).toMatch(/data-pagefind-filter="section:Figures"/);
  });
});

describe('/figures/', () => {
  const html = read('figures/index.html');

  it('lists every figure under its topic, with its anchor, links each topic page and offers both downloads', () => {
    for (const r of json.figures) {
      expect(html, String(r.id)).toContain(`href="${base}figures/${r.id}/"`);
      expect(html, String(r.id)).toContain(`<li id="${r.id}"`);
    }
    for (const topic of ['scale', 'children', 'identification', 'profits', 'osce-response']) {
      expect(html).toContain(`id="topic-${topic}"`);
      expect(html).toContain(`href="${base}figures/topics/${topic}/"`);
    }
    expect(html).toContain(`href="${base}data/figures.csv" download`);
    expect(html).toContain(`href="${base}data/figures.json" download`);
  });

  it('describes itself as a Dataset whose CSV and JSON distributions hold every figure and its source', () => {
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(ld['@type']).toBe('Dataset');
    const formats = ld.distribution.map((d: { encodingFormat: string }) => d.encodingFormat);
    expect(formats).toEqual(['text/csv', 'application/json']);
    for (const d of ld.distribution) expect(existsSync(join(outDir, fileOfUrl(d.contentUrl))), d.contentUrl).toBe(true);
    // The figures and their sources are in the downloads, not repeated in the page.
    expect(ld).not.toHaveProperty('variableMeasured');
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(json.figures.length).toBe(content.length);
    for (const r of json.figures) expect(String(r.source_url), String(r.id)).toMatch(/^https:\/\//);
    expect(ld).not.toHaveProperty('license');
  });

  it('links each note on differing sources to its section of /figures/differ/, which names the figures', () => {
    const differ = read('figures/differ/index.html');
    const links = [...html.matchAll(/href="[^"]*figures\/differ\/#(differs-[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(differ).toContain(`id="${id}"`);
  });
});

describe('topic pages', () => {
  const pages = readdirSync(join(outDir, 'figures/topics')).map((topic) => read(`figures/topics/${topic}/index.html`));
  const html = pages.join('\n');

  it('list every figure of their topic', () => {
    for (const r of json.figures) expect(html, String(r.id)).toContain(`href="${base}figures/${r.id}/"`);
  });

  it('draw each chart with the same numbers in its table, which links each figure', () => {
    const figures = [...html.matchAll(/<figure[^>]*aria-labelledby="(chart-[^"]+)"[\s\S]*?<\/figure>/g)];
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const [chart, id] of figures) {
      const svg = /<svg[\s\S]*?<\/svg>/.exec(chart)![0];
      const table = /<table[\s\S]*?<\/table>/.exec(chart)![0];
      expect(chart, id).toMatch(/<div class="chart-svg[^"]*" aria-hidden="true"[^>]*><svg/);
      const hrefs = [...table.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
      for (const href of hrefs) expect(existsSync(join(outDir, fileOfUrl(href))), href).toBe(true);
      const barValues = [...svg.matchAll(/<text class="chart-value[^"]*"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!.trim());
      expect(barValues.length, id).toBe(hrefs.length);
      for (const v of barValues) expect(table, `${id}: ${v}`).toContain(`>${v}<`);
    }
  });

  it('say that the parts of forced labour add to 27.5 million, beside the published 27.6 million', () => {
    expect(read('figures/topics/scale/index.html')).toMatch(/The parts add up to 27\.5 million, not the published total of 27\.6 million/);
  });

  it('do not present the ILO’s exact 2014 total, US$150.2 billion, as our own sum of the parts', () => {
    const chart = /<figure[^>]*aria-labelledby="chart-profits-2014-by-form"[\s\S]*?<\/figure>/.exec(read('figures/topics/profits/index.html'))![0];
    expect(chart).not.toContain('our calculation');
    expect(chart).not.toContain('US$150.2 billion');
    expect(chart).toContain('US$150 billion');
  });
});

describe('numbers in prose', () => {
  const displays = content.map((c) => ({ id: c.id, display: String(c.data.display) }));
  // Text outside links, tags and the site's own chrome: a figure's value there is an unlinked number.
  const bareText = (html: string) => html.replace(/<a\b[\s\S]*?<\/a>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const unlinked = (text: string, own?: string) =>
    displays.filter(({ id, display }) => id !== own && !/^\d+$/.test(display) && new RegExp(`(^|[^\\w.,$])${display.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}(?![\\w]|[.,]\\d)`).test(text)).map((d) => d.display);

  it.each(json.figures.map((r) => String(r.id)))('the body of %s links every other figure it quotes', (id) => {
    const html = read(`figures/${id}/index.html`);
    const prose = /<h2 id="measures"[\s\S]*?<div class="prose[^"]*">([\s\S]*?)<\/div>\s*<\/section>/.exec(html)![1]!;
    expect(unlinked(bareText(prose), id)).toEqual([]);
  });

  it('the home page links every figure it quotes', () => {
    const main = /<main[\s\S]*?<\/main>/.exec(read('index.html'))![0];
    // Headline cards show the value beside a linked title (and the OSCE's quoted words); all else must link.
    const withoutCards = main.replace(/<li [^>]*data-headline=[\s\S]*?<\/li>/g, ' ');
    expect(unlinked(bareText(withoutCards))).toEqual([]);
  });
});

describe('the copy button', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('is a small script, loaded on figure pages only', () => {
    // Every page loads the header's search shortcut; the copy script is the one only figure pages add.
    const scripts = (file: string) => [...read(file).matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const onHome = new Set(scripts('index.html'));
    const own = scripts('figures/forced-labour-2021/index.html').filter((s) => !onHome.has(s));
    expect(own).toHaveLength(1);
    const src = own[0];
    expect(gzipSync(readFileSync(join(outDir, fileOfUrl(src!)))).length).toBeLessThanOrEqual(1024);
    expect(read('figures/index.html')).not.toContain(src!);
    expect(read('index.html')).not.toContain(src!);
  });

  it('copies the citation with JavaScript', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${siteUrl}figures/forced-labour-2021/`);
    const button = page.getByRole('button', { name: 'Copy citation' });
    await button.focus();
    await page.keyboard.press('Enter');
    // The status is written after the clipboard call resolves: wait for it rather than read at once.
    await page.getByRole('status').first().filter({ hasText: 'Copied.' }).waitFor({ timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#citation').textContent())?.trim());
    expect(copied).toMatch(/^People in forced labour worldwide: 27\.6 million \(data year 2021\)\. Source: /);
    await context.close();
  });

  it('is not shown without JavaScript, and the citation stays readable', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}figures/forced-labour-2021/`);
    expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
    await expect(page.locator('#citation').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('search metadata', () => {
  it('gives a figure a clean result title, without Pagefind’s weight marker', async () => {
    const browser = await launch();
    const page = await browser.newPage();
    await page.goto(`${siteUrl}figures/`);
    // A string, so that the test runner does not rewrite the browser's dynamic import.
    const titles = (await page.evaluate(`(async () => {
      const pagefind = await import('${base}pagefind/pagefind.js');
      const search = await pagefind.search('27.6 million');
      const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
      return data.map((d) => d.meta.title);
    })()`)) as string[];
    await browser.close();
    expect(titles).toContain('27.6 million: People in forced labour worldwide');
    for (const t of titles) expect(t).not.toMatch(/PAGEFIND/);
  });
});
