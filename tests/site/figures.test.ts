// The figures as journalists use them: the open data agrees with itself and with content/figures,
// every figure has a page with its source, the kind of year and a citation, charts carry their numbers as
// a table, numbers in prose link to their figure, and the copy button is an enhancement only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, withPage } from '../helpers/browser';
import { htmlPages, listFiles } from '../helpers/dist';
import { attr, first, select, text, textWithout } from '../helpers/html';
import { unlinkedFigures } from '../helpers/prose';
import { FIGURE_COLUMNS } from '../../src/lib/figure-data';

const outDir = inject('outDir');
const siteUrl = inject('siteUrl');
const base = inject('base');
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');
let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => browser?.close());
const hrefs = (root: Parameters<typeof select>[0]) => select(root, 'a[href]').map((a) => attr(a, 'href')!);
/** The module scripts a page loads. */
const moduleScripts = (html: string) => select(html, 'script[type="module"][src]').map((s) => attr(s, 'src')!);
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
    return {
      id: f.replace(/\.md$/, ''),
      data: parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!),
      body: text.replace(/^---\n[\s\S]*?\n---\n/, ''),
    };
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
      expect(
        { title: r.title, value: r.value, display: r.display, year: r.year, unit: r.unit, topic: r.topic, caveat: r.caveat },
        id,
      ).toEqual({
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
    for (const id of ['forced-labour-profits-2014', 'sexual-exploitation-profits-2014', 'other-forced-labour-profits-2014'])
      expect(label(id), id).toBe('published 2014');
    for (const id of ['economies-comparison-2023', 'participating-states-2023']) expect(label(id), id).toBe('statement of 2023');
    expect(label('forced-labour-2021')).toBe('data year 2021');
  });

  it('shows the kind of year on the cards of /figures/', () => {
    const html = read('figures/index.html');
    const labels = select(html, 'main span').map((s) => text(s).trim());
    for (const label of ['Published 2014', 'Statement of 2023', 'Data year 2021']) expect(labels).toContain(label);
    expect(text(first(html, 'main')!).replace(/\s+/g, ' ')).toContain(
      'Published 2014 · Worldwide; illegal profits per year from forced labour in the private economy',
    );
  });
});

describe.each(json.figures.map((r) => [r.id, r] as const))('figure %s', (id, r) => {
  const html = read(`figures/${id}/index.html`);

  it('has a page with its value, the kind of year and source', () => {
    expect(text(first(html, 'h1')!)).toContain(String(r.display));
    const yearLabel = String(r.year_label);
    expect(text(first(html, '[data-pagefind-meta="year"]')!)).toBe(`${yearLabel[0]!.toUpperCase()}${yearLabel.slice(1)}`);
    expect(hrefs(html)).toContain(r.source_url);
  });

  it('says what its link leads to and names a secondary confirmation, as the open data do', () => {
    expect(select(html, '[data-source-link]').map((e) => attr(e, 'data-source-link'))).toContain(r.source_link);
    const confirmed = select(html, '[data-confirmed-by]');
    if (r.source_confirmed_by) {
      expect(confirmed.map(text).join(' ')).toContain(String(r.source_confirmed_by));
      if (r.source_confirmed_by_url) expect(hrefs(html)).toContain(r.source_confirmed_by_url);
    } else expect(confirmed).toEqual([]);
  });

  it('shows the citation of the open data, under "Cite this figure"', () => {
    const citation = String(r.citation);
    expect(citation).toContain(`${r.display} (${r.year_label})`);
    expect(citation).toContain(String(r.source_url));
    expect(citation).toContain(`Via ${r.page_url}`);
    expect(text(first(html, 'h2#cite')!)).toBe('Cite this figure');
    expect(text(first(html, '#citation')!).trim()).toBe(citation);
  });

  it('shows "our calculation" and its method when derived', () => {
    const main = text(first(html, 'main')!);
    if (r.status === 'derived') {
      expect(main).toContain('Our calculation');
      expect(main).toContain(String(r.method));
    } else expect(main).not.toContain('Our calculation');
  });

  it('gives search an explicit title and the value as metadata', () => {
    expect(attr(first(html, 'main')!, 'data-pagefind-meta')).toMatch(new RegExp(`^title:.*${escape(String(r.display))}`));
    expect(text(first(html, '[data-pagefind-meta="value"]')!)).toBe(String(r.display));
    expect(select(html, '[data-pagefind-filter]').map((e) => attr(e, 'data-pagefind-filter'))).toContain('section:Figures');
  });
});

describe('/figures/', () => {
  const html = read('figures/index.html');
  const chartIds = (page: string) => select(page, 'figure[aria-labelledby^="chart-"]').map((f) => attr(f, 'aria-labelledby')!);

  it('lists every figure under its topic, with its anchor, links each topic page and offers both downloads', () => {
    for (const r of json.figures) {
      expect(hrefs(html), String(r.id)).toContain(`${base}figures/${r.id}/`);
      expect(first(html, `li[id="${r.id}"]`), String(r.id)).toBeDefined();
    }
    for (const topic of new Set(json.figures.map((r) => String(r.topic)))) {
      expect(first(html, `#topic-${topic}`), topic).toBeDefined();
      expect(hrefs(html), topic).toContain(`${base}figures/topics/${topic}/`);
    }
    expect(select(html, 'a[download]').map((a) => attr(a, 'href'))).toEqual(
      expect.arrayContaining([`${base}data/figures.csv`, `${base}data/figures.json`]),
    );
  });

  it('describes itself as a Dataset whose CSV and JSON distributions hold every figure and its source', () => {
    const ld = JSON.parse(text(first(html, 'script[type="application/ld+json"]')!));
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
    const links = hrefs(html).flatMap((h) => /figures\/differ\/#(differs-.+)$/.exec(h)?.[1] ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(first(differ, `[id="${id}"]`), id).toBeDefined();
  });
});

describe('topic pages', () => {
  const pages = listFiles(outDir)
    .filter((f) => /^figures\/topics\/.+\/index\.html$/.test(f))
    .map((f) => read(f));
  const chartIds = (page: string) => select(page, 'figure[aria-labelledby^="chart-"]').map((f) => attr(f, 'aria-labelledby')!);

  it('list every figure of their topic', () => {
    const linked = new Set(pages.flatMap((p) => hrefs(first(p, 'main')!)));
    for (const r of json.figures) expect(linked.has(`${base}figures/${r.id}/`), String(r.id)).toBe(true);
  });

  it('draw every chart of the figure pages, each with the same numbers in its table, which links each figure', () => {
    const onFigurePages = new Set(json.figures.flatMap((r) => chartIds(read(`figures/${r.id}/index.html`))));
    expect(onFigurePages.size).toBeGreaterThan(0);
    expect(new Set(pages.flatMap(chartIds))).toEqual(onFigurePages);
    for (const chart of pages.flatMap((p) => select(p, 'figure[aria-labelledby^="chart-"]'))) {
      const id = attr(chart, 'aria-labelledby');
      const drawing = first(chart, 'div.chart-svg')!;
      expect(attr(drawing, 'aria-hidden'), id).toBe('true');
      const table = first(chart, 'table')!;
      const hrefs = select(table, 'a').map((a) => attr(a, 'href')!);
      for (const href of hrefs) expect(existsSync(join(outDir, fileOfUrl(href))), href).toBe(true);
      const cells = select(table, 'td, th').map((c) => text(c).trim());
      const values = select(drawing, 'text.chart-value').map((t) => text(t).trim());
      expect(values.length, id).toBe(hrefs.length);
      for (const value of values) expect(cells, `${id}: ${value}`).toContain(value);
    }
  });

  it('say that the parts of forced labour add to 27.5 million, beside the published 27.6 million', () => {
    expect(text(first(read('figures/topics/scale/index.html'), 'main')!).replace(/\s+/g, ' ')).toContain(
      'The parts add up to 27.5 million, not the published total of 27.6 million',
    );
  });

  it('do not present the ILO’s exact 2014 total, US$150.2 billion, as our own sum of the parts', () => {
    const chart = text(first(read('figures/topics/profits/index.html'), 'figure[aria-labelledby="chart-profits-2014-by-form"]')!);
    expect(chart).not.toContain('our calculation');
    expect(chart).not.toContain('US$150.2 billion');
    expect(chart).toContain('US$150 billion');
  });
});

describe('numbers in prose', () => {
  const displays = content.map((c) => ({ id: c.id, display: String(c.data.display) }));

  it.each(json.figures.map((r) => String(r.id)))('the body of %s links every other figure it quotes', (id) => {
    const measures = first(read(`figures/${id}/index.html`), 'section[aria-labelledby="measures"]')!;
    expect(unlinkedFigures(textWithout(measures, 'a, h2'), displays, id)).toEqual([]);
  });

  it('the home page links every figure it quotes', () => {
    // Headline cards show the value beside a linked title (and the OSCE's quoted words); all else must link.
    const main = first(read('index.html'), 'main')!;
    expect(unlinkedFigures(textWithout(main, 'a, li[data-headline]'), displays)).toEqual([]);
  });
});

describe('the copy button', () => {
  it('is a small script, loaded on figure pages only', () => {
    // Every page loads the header's search shortcut; the copy script is the one only figure pages add.
    const onHome = new Set(moduleScripts(read('index.html')));
    const own = moduleScripts(read('figures/forced-labour-2021/index.html')).filter((s) => !onHome.has(s));
    expect(own).toHaveLength(1);
    const src = own[0]!;
    expect(gzipSync(readFileSync(join(outDir, fileOfUrl(src)))).length).toBeLessThanOrEqual(1024);
    const withIt = htmlPages(outDir)
      .filter((p) => moduleScripts(p.html).includes(src))
      .map((p) => p.path);
    expect(withIt.sort()).toEqual(json.figures.map((r) => `figures/${r.id}/`).sort());
  });

  it('copies the citation with JavaScript', () =>
    withPage(
      browser,
      async (page) => {
        await page.goto(`${siteUrl}figures/forced-labour-2021/`);
        const button = page.getByRole('button', { name: 'Copy citation' });
        await button.focus();
        await page.keyboard.press('Enter');
        // The status is written after the clipboard call resolves: wait for it rather than read at once.
        await page.getByRole('status').first().filter({ hasText: 'Copied.' }).waitFor({ timeout: 5000 });
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe((await page.locator('#citation').textContent())?.trim());
        expect(copied).toMatch(/^People in forced labour worldwide: 27\.6 million \(data year 2021\)\. Source: /);
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    ));

  it('is not shown without JavaScript, and the citation stays readable', () =>
    withPage(
      browser,
      async (page) => {
        await page.goto(`${siteUrl}figures/forced-labour-2021/`);
        expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
        expect(await page.locator('#citation').isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    ));
});

describe('search metadata', () => {
  it('gives a figure a clean result title, without Pagefind’s weight marker', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}figures/`);
      // A string, so that the test runner does not rewrite the browser's dynamic import.
      const titles = (await page.evaluate(`(async () => {
        const pagefind = await import('${base}pagefind/pagefind.js');
        const search = await pagefind.search('27.6 million');
        const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
        return data.map((d) => d.meta.title);
      })()`)) as string[];
      expect(titles).toContain('27.6 million: People in forced labour worldwide');
      for (const t of titles) expect(t).not.toMatch(/PAGEFIND/);
    }));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
