// Search as journalists use it, in Chromium against the real index built from the real content:
// the queries they type must put the right page in the top three; results show as they arrive;
// filters, keyboard, odd input, deep links and a failed index load behave; Pagefind loads on
// /search/, and elsewhere only once the reader is in the header's search field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, withPage as withPageOf } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { attr, select, text } from '../helpers/html';

const siteUrl = inject('siteUrl');
const outDir = inject('outDir');
const base = inject('base');
let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => browser?.close());

const searchUrl = (query: string, extra = '') => `${siteUrl}search/?q=${encodeURIComponent(query)}${extra}`;

/**
 * Waits until the page shows how many results there are, and returns that sentence. The page
 * writes it on screen at once and into the live region once the reader pauses (a test below
 * checks that); waiting for the screen saves the pause on every search.
 */
async function settled(page: Page, query?: string): Promise<string> {
  // With a query: its own count, not one left by a search for the first letters typed.
  await page.waitForFunction((q) => {
    const line = document.getElementById('search-count')?.textContent ?? '';
    return /result/.test(line) && (q === undefined || line.includes(`“${q}”`));
  }, query);
  return (await page.locator('#search-count').textContent()) ?? '';
}

/** The result links' paths, below the base ("figures/x/"), in rank order. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('region', { name: 'Search results' })
    .getByRole('list')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.slice(base.length));
}

const withPage = <T>(fn: (page: Page) => Promise<T>) => withPageOf(browser, fn);

// What a journalist types, and the page that must be among the first three results.
const QUERIES: [query: string, page: string][] = [
  ['27.6 million', 'figures/forced-labour-2021/'],
  ['27,6 million', 'figures/forced-labour-2021/'],
  ['27.6', 'figures/forced-labour-2021/'],
  ['27.6m', 'figures/forced-labour-2021/'],
  ['$150 billion', 'figures/forced-labour-profits-2014/'],
  ['US$150 billion', 'figures/forced-labour-profits-2014/'],
  ['150 billion', 'figures/forced-labour-profits-2014/'],
  ['150bn', 'figures/forced-labour-profits-2014/'],
  ['USD 150 bn', 'figures/forced-labour-profits-2014/'],
  ['236 billion', 'figures/forced-labour-profits-2021/'],
  ['1%', 'figures/identified-share-2021/'],
  ['1 %', 'figures/identified-share-2021/'],
  ['less than 1%', 'figures/identified-share-2021/'],
  ['0.33%', 'figures/identified-share-2021/'],
  ['0,33 percent', 'figures/identified-share-2021/'],
  ['38%', 'figures/children-detected-share-2022/'],
  ['90k', 'figures/victims-identified-2021/'],
  ['115,324', 'figures/victims-identified-2022/'],
  ['49.6 million', 'figures/modern-slavery-2021/'],
  ['children', 'figures/children-forced-labour-2021/'],
  ['a third', 'figures/children-detected-share-2020/'],
  ['profits', 'figures/forced-labour-profits-2014/'],
  ['forced marriage', 'figures/forced-marriage-2021/'],
  ['2003', 'background/action-plan/'],
  ['Maastricht', 'background/action-plan/'],
  ['PC.DEC/557', 'background/action-plan/'],
  ['addendum', 'background/addenda-and-decisions/'],
  ['Special Representative', 'background/special-representative/'],
  ['Theresa May', 'speakers/theresa-may/'],
  ['Helga Schmid', 'speakers/helga-maria-schmid/'],
  ['survivor', 'programme/survivor-leaders-panel/'],
];

describe.concurrent('the queries journalists type', () => {
  // Search pages kept open across these tests: each test types its query into a free one, as a
  // journalist searches again, so that Pagefind loads once per page rather than once per query.
  const idle: Page[] = [];
  const opened: Page[] = [];
  afterAll(() => Promise.all(opened.map((p) => p.context().close())));

  async function onSearchPage(fn: (page: Page) => Promise<void>): Promise<void> {
    let page = idle.pop();
    if (!page) {
      page = await (await browser.newContext()).newPage();
      opened.push(page);
      await page.goto(`${siteUrl}search/`);
    }
    await fn(page);
    idle.push(page); // only after a test that passed: a failed one may leave the page mid-search
  }

  // Names written out: Vitest would read the $ of "$150 billion" in a name template as a placeholder.
  for (const [query, expected] of QUERIES) {
    it(`“${query}” ranks ${expected} in the top three`, ({ expect }) =>
      onSearchPage(async (page) => {
        // The count line is written last, when the results are shown: empty it, search, wait for it.
        await page.locator('#search-count').evaluate((line) => (line.textContent = ''));
        const field = page.getByRole('searchbox', { name: /^Search figures/ });
        await field.fill(query);
        await field.press('Enter');
        await settled(page);
        expect(new URL(page.url()).searchParams.get('q')).toBe(query);
        const top = (await resultPaths(page)).slice(0, 3);
        expect(top, `top three for "${query}"`).toContain(expected);
      }));
  }
});

describe.concurrent('a result', () => {
  it('shows section, title, metadata and an excerpt with the matched words marked, never the hidden spellings', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('150bn'));
      await settled(page);
      const first = page.getByRole('region', { name: 'Search results' }).getByRole('list').getByRole('listitem').first();
      const text = (await first.textContent()) ?? '';
      expect(text).toMatch(/^Figures · Profits/);
      expect(await first.getByRole('heading', { level: 2 }).textContent()).toBe(
        'US$150 billion: Annual illegal profits from forced labour',
      );
      expect(text).toContain('2014 · Source: International Labour Organization (ILO)');
      expect(text).not.toMatch(/150bn|PAGEFIND/);
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
    });
  });

  it('shows the sentences around the match in its excerpt, never a chart’s table cells', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('27.6 million'));
      await settled(page);
      const excerpts = await page.locator('#search-results li > p:last-child').allTextContents();
      expect(excerpts.length).toBeGreaterThan(3);
      for (const excerpt of excerpts) {
        expect(excerpt).toMatch(/^(… |[\p{Lu}\p{N}“"(])/u);
        expect(excerpt).not.toMatch(/million\. \d{4}\. |Part Value Year/);
      }
    });
  });

  it('tells screen readers the count once the reader pauses, in the live region', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('forced marriage'));
      const shown = await settled(page);
      expect(shown).toMatch(/^\d+ results? for “forced marriage”\.$/);
      await page.waitForFunction((sentence) => document.getElementById('search-status')?.textContent === sentence, shown);
      expect(await page.getByRole('status').textContent()).toBe(shown);
    });
  });

  it('shows a session’s day', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('survivor leaders panel', '&section=Programme'));
      await settled(page);
      const first = page.getByRole('region', { name: 'Search results' }).getByRole('list').getByRole('listitem').first();
      expect(await first.textContent()).toMatch(/^Programme · \w+day \d+ April 2023/);
    });
  });
});

describe.concurrent('filters', () => {
  it('narrows to a section, keeps it in the address, and the back button undoes it', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('forced labour'));
      await settled(page);
      const counts = await page.getByRole('group', { name: 'Show results from' }).locator('label').allTextContents();
      expect(counts.filter((c) => !/\(0\)$/.test(c)).length, counts.join(', ')).toBeGreaterThan(1);
      const figures = page.getByRole('checkbox', { name: /^Figures \(\d+\)$/ });
      const label = await figures.evaluate((box) => box.closest('label')?.textContent ?? '');
      const count = Number(/\((\d+)\)/.exec(label)?.[1]);
      await figures.check();
      await page.waitForURL(/section=Figures/);
      await page.waitForFunction(() => /in Figures\./.test(document.getElementById('search-count')?.textContent ?? ''));
      const narrowed = await resultPaths(page);
      expect(narrowed.every((p) => p.startsWith('figures/'))).toBe(true);
      expect(await page.locator('#search-count').textContent()).toContain(`${count} result`);
      await page.goBack();
      await page.waitForFunction(() => !/in Figures/.test(document.getElementById('search-count')?.textContent ?? ''));
      expect(await figures.isChecked()).toBe(false);
      expect((await resultPaths(page)).length).toBeGreaterThan(0);
    });
  });

  it('reads sections from a shared address', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('Action Plan', '&section=Background&section=About'));
      expect(await settled(page)).toMatch(/in Background and About\.$/);
      expect(await page.getByRole('checkbox', { name: /^Background/ }).isChecked()).toBe(true);
      expect((await resultPaths(page)).every((p) => p.startsWith('background/') || p === 'glossary/' || p === 'about/')).toBe(true);
    });
  });
});

describe.concurrent('keyboard', () => {
  it('/ focuses the header search on any page, and typing a slash in a field stays a slash', async () => {
    await withPage(async (page) => {
      await page.goto(`${siteUrl}figures/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('PC.DEC/557');
      expect(await page.getByRole('searchbox', { name: 'Search the site' }).inputValue()).toBe('PC.DEC/557');
    });
  });

  it('the / shortcut can be turned off and on again, and only that choice is stored', async () => {
    await withPage(async (page) => {
      await page.goto(`${siteUrl}search/`);
      const toggle = page.getByRole('button', { name: 'Turn off the / shortcut' });
      await toggle.click();
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['slash-shortcut']);
      await page.goto(`${siteUrl}figures/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('site-search');
      await page.goto(`${siteUrl}search/`);
      await page.getByRole('button', { name: 'Turn on the / shortcut' }).click();
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.goto(`${siteUrl}figures/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    });
  });

  it('arrows move through results and Enter opens one, with the searched words marked there', async () => {
    await withPage(async (page) => {
      await page.goto(`${siteUrl}search/`);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.type('Maastricht');
      await settled(page, 'Maastricht');
      // The address follows once the typing pauses.
      await page.waitForURL(/\?q=Maastricht$/);
      const links = await resultPaths(page);
      const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname ?? document.activeElement?.id);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(`${base}${links[0]}`);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(`${base}${links[1]}`);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/highlight=maastricht/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(`${base}${links[0]}`);
      const marks = await page.locator('main mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((m) => m.toLowerCase().startsWith('maastricht'))).toBe(true);
    });
  });

  it('the header form leads to /search/?q=… and its results', async () => {
    await withPage(async (page) => {
      await page.goto(siteUrl);
      await page.getByRole('searchbox', { name: 'Search the site' }).fill('27,6 million');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=27%2C6\+million$/);
      expect(await settled(page)).toMatch(/for “27\.6 million”/);
      expect((await resultPaths(page))[0]).toBe('figures/forced-labour-2021/');
    });
  });
});

describe('results as they arrive', () => {
  it('shows the first result while the text of the others is still loading, and announces the count once all are in', async () => {
    await withPage(async (page) => {
      // The first result's text passes; every later one waits until released.
      const held: Route[] = [];
      let passed = false;
      await page.route('**/pagefind/fragment/**', (route) => {
        if (passed) return void held.push(route);
        passed = true;
        return route.continue();
      });
      await page.goto(searchUrl('forced labour'));
      const items = page.getByRole('region', { name: 'Search results' }).getByRole('list').getByRole('listitem');
      await items.first().getByRole('link').waitFor();
      await expect.poll(() => held.length).toBe(9);
      expect(await items.count()).toBe(1);
      expect(await page.getByRole('status').textContent()).toBe('');
      for (const route of held) await route.continue();
      expect(await settled(page)).toMatch(/^\d+ results for “forced labour”\.$/);
      expect(await items.count()).toBe(10);
    });
  });

  it('when no result’s text can be loaded, says search could not be loaded', async () => {
    await withPage(async (page) => {
      await page.route('**/pagefind/fragment/**', (route) => route.abort('failed'));
      await page.goto(searchUrl('27.6 million'));
      await page.waitForFunction(() => /could not be loaded/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.locator('#search-error').isVisible()).toBe(true);
      expect(await page.locator('#search-results li').count()).toBe(0);
    });
  });
});

describe.concurrent('states', () => {
  it('with no query, suggests the headline figures and the programme', async () => {
    await withPage(async (page) => {
      await page.goto(`${siteUrl}search/`);
      const suggestions = page.locator('#search-suggestions');
      expect(await suggestions.isVisible()).toBe(true);
      expect(await suggestions.getByRole('link', { name: /^27\.6 million: People in forced labour/ }).count()).toBe(1);
      expect(await suggestions.getByRole('link', { name: /programme/i }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('status').textContent()).toBe('');
    });
  });

  it('with no result, says so and offers spellings and sections', async () => {
    await withPage(async (page) => {
      await page.goto(searchUrl('qwxzvbn'));
      expect(await settled(page)).toBe('No results for “qwxzvbn”.');
      expect(await page.locator('#search-none').isVisible()).toBe(true);
      expect(await page.locator('#search-suggestions').isVisible()).toBe(false);
      expect(await page.getByRole('navigation', { name: 'Browse by section' }).getByRole('link').count()).toBeGreaterThanOrEqual(5);
    });
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '"; DROP TABLE figures; --',
    '😀 27.6 million 🚀',
    '\u202Eevil\u0000',
    'x'.repeat(500),
  ])('shows odd input as text and runs nothing: %s', async (query) => {
    await withPage(async (page) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(searchUrl(query));
      const status = await settled(page);
      const field = page.getByRole('searchbox', { name: /Search figures/ });
      await field.fill('');
      await page.waitForFunction(() => document.getElementById('search-count')?.textContent === '');
      await field.fill(query);
      await settled(page);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
      if (query.length > 100) expect(await page.locator('#search-count').textContent()).toMatch(/longer than 100 characters/);
      if (query.startsWith('<img')) expect(status).toContain('“<img src=x onerror=alert(1)>”');
    });
  });

  it('when the index cannot load, says so and links to the sections', async () => {
    await withPage(async (page) => {
      await page.route('**/pagefind/pagefind.js', (route) => route.abort('failed'));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(searchUrl('27.6 million'));
      await page.waitForFunction(() => /could not be loaded/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.locator('#search-count').textContent()).toBe(await page.getByRole('status').textContent());
      expect(await page.locator('#search-error').isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Browse by section' }).getByRole('link', { name: 'Figures' }).isVisible()).toBe(
        true,
      );
      expect(errors).toEqual([]);
    });
  });

  it('without JavaScript, says search needs it and links to every section', () =>
    withPageOf(
      browser,
      async (page) => {
        await page.goto(searchUrl('27.6 million'));
        expect(await page.locator('main').textContent()).toContain('needs JavaScript');
        const browse = page.getByRole('navigation', { name: 'Browse by section' });
        for (const name of ['Figures', 'Background', 'Programme', 'Speakers', 'Conference', 'Glossary', 'About this site']) {
          expect(await browse.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
        }
      },
      { javaScriptEnabled: false },
    ));
});

describe('Pagefind loads on /search/, and elsewhere only once the reader is in the header search', () => {
  /** The scripts a page loads, with the modules they import, as file paths in the build. */
  function scriptsOf(html: string): string[] {
    const seen = new Set<string>();
    const visit = (src: string) => {
      const file = src.slice(base.length);
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(outDir, file), 'utf8');
      for (const m of code.matchAll(/from\s*"\.\/([^"]+)"|import\("\.\/([^"]+)"\)/g)) visit(`${src.replace(/[^/]+$/, '')}${m[1] ?? m[2]}`);
    };
    for (const script of select(html, 'script[src]')) visit(attr(script, 'src')!);
    return [...seen];
  }

  it('no other page links to Pagefind’s files, and their scripts import none of them', () => {
    for (const page of htmlPages(outDir).filter((p) => p.path !== 'search/')) {
      const values = select(page.html, '*').flatMap((e) => e.attrs.map((a) => a.value));
      expect(
        values.filter((v) => /pagefind\/|pagefind[.-]\w*\.(js|css)/.test(v)),
        page.file,
      ).toEqual([]);
      for (const file of scriptsOf(page.html)) expect(file, page.file).not.toMatch(/^pagefind\//);
    }
  });

  // About 60 bytes of it start loading Pagefind when the header's search field gets focus.
  it('the script every page loads stays under 1,100 bytes gzip', () => {
    const home = htmlPages(outDir).find((p) => p.path === '')!;
    const bytes = scriptsOf(home.html).reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(1_100);
  });

  it('a reader on other pages downloads nothing of Pagefind until the header search field gets focus', async () => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${siteUrl}figures/forced-labour-2021/?highlight=27.6+million`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
      expect(await page.locator('main mark').first().textContent()).toBe('27.6');
      const wasm = page.waitForRequest((r) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(r.url()));
      await page.keyboard.press('/');
      await wasm;
      // In Pagefind's web worker, so that the page the reader is typing on stays responsive.
      expect(requests).toContain(`${base}pagefind/pagefind.js`);
      expect(requests).toContain(`${base}pagefind/pagefind-worker.js`);
    });
  });

  it('the search page starts loading Pagefind as it opens, before any search, in its web worker', async () => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      const wasm = page.waitForRequest((r) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(r.url()));
      await page.goto(`${siteUrl}search/`);
      await wasm;
      expect(await page.getByRole('searchbox', { name: /Search figures/ }).inputValue()).toBe('');
      await page.getByRole('searchbox', { name: /Search figures/ }).fill('27.6 million');
      // The worker was fetched before the search, with the WebAssembly it runs.
      const typed = requests.length;
      await settled(page);
      expect(requests.slice(0, typed)).toContain(`${base}pagefind/pagefind-worker.js`);
    });
  });

  it('the search page has no inline script', () => {
    const search = htmlPages(outDir).find((p) => p.path === 'search/')!;
    const inline = select(search.html, 'script:not([src])').filter((s) => attr(s, 'type') !== 'application/ld+json');
    expect(inline.map(text)).toEqual([]);
  });
});
