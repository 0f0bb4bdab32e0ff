// The background section as a reader meets it: from /background/ through every article and the
// timeline by keyboard alone, glossary links that land on a definition, and search that finds the
// right article for the words readers type.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { connect, withPage } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { attr, select } from '../helpers/html';

const siteUrl = inject('siteUrl');
const outDir = inject('outDir');
const base = inject('base');

/** The articles in reading order, from their front matter. */
const articles = readdirSync('content/background')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = parse(readFileSync(join('content/background', f), 'utf8').split(/^---$/m)[1] ?? '') as { title: string; order: number };
    return { slug: f.replace(/\.mdx$/, ''), title: front.title, order: front.order };
  })
  .sort((a, b) => a.order - b.order);

/** The milestones in the order the timeline shows them: by date, file order for equal dates. */
const milestones = (parse(readFileSync('content/milestones.yaml', 'utf8')) as { id: string; date: string; title: string }[])
  .map((m, i) => ({ ...m, i }))
  .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);

let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => browser?.close());

/**
 * Presses Tab until the target has focus, as a keyboard user would; fails if it never does. The
 * presses go in runs, as many as there are links and controls from the focus to the target in page
 * order, and the focus is read after each run rather than after every press; where the page's
 * order is not the Tab order, the next runs are single presses, until the target has focus.
 */
async function tabTo(page: Page, target: Locator, limit = 250): Promise<number> {
  const handle = await target.elementHandle();
  let presses = 0;
  while (presses < limit) {
    const ahead = await handle.evaluate((goal) => {
      const stops = [
        ...document.querySelectorAll<HTMLElement>(':is(a[href], button, input, select, textarea, [tabindex]):not([tabindex="-1"])'),
      ].filter((el) => !el.closest('[hidden], [inert]') && el.getClientRects().length > 0);
      return stops.indexOf(goal as HTMLElement) - stops.indexOf(document.activeElement as HTMLElement);
    });
    for (let run = Math.min(Math.max(ahead, 1), limit - presses); run > 0; run--, presses++) await page.keyboard.press('Tab');
    if (await handle.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${String(target)} in ${limit} presses`);
}

describe.concurrent('reading the background section by keyboard', () => {
  it('has the six articles, in a stated order', () => {
    expect(articles.map((a) => a.slug)).toEqual([
      'action-plan',
      'addenda-and-decisions',
      'special-representative',
      'alliance',
      'survey-report',
      'national-leadership',
    ]);
  });

  it('goes from the overview through every article to the timeline with Tab and Enter', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}background/`);
      const first = articles[0]!;
      await tabTo(page, page.getByRole('link', { name: first.title, exact: true }));
      await page.keyboard.press('Enter');

      for (const [i, article] of articles.entries()) {
        await page.waitForURL(`**/background/${article.slug}/`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title);
        expect(await page.getByText(/^Reading time: about \d+ minutes? \(\d+ words\)$/).count()).toBe(1);
        await expect(page.getByRole('heading', { name: 'Sources', exact: true, level: 2 }).isVisible()).resolves.toBe(true);

        const nav = page.getByRole('navigation', { name: 'Background articles' });
        const previousName = i === 0 ? 'Background overview' : articles[i - 1]!.title;
        expect(await nav.getByRole('link', { name: new RegExp(`^Previous:?\\s*${escape(previousName)}$`) }).count()).toBe(1);

        const nextName = articles[i + 1]?.title ?? 'Timeline of milestones';
        await tabTo(page, nav.getByRole('link', { name: new RegExp(`^Next:?\\s*${escape(nextName)}$`) }));
        await page.keyboard.press('Enter');
      }

      await page.waitForURL('**/background/#timeline');
      const timeline = page.getByRole('region', { name: 'Timeline of milestones' }).getByRole('list');
      expect(await timeline.getByRole('listitem').count()).toBe(milestones.length);
      // Focus continues from the timeline: the next Tab lands on a document link inside it.
      await page.keyboard.press('Tab');
      const focusedInTimeline = await timeline.evaluate(
        (list) => list.contains(document.activeElement) && document.activeElement?.tagName === 'A',
      );
      expect(focusedInTimeline).toBe(true);
    }));

  it('offers a contents list whose links lead to the sections, by keyboard', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}background/addenda-and-decisions/`);
      const contents = page.getByRole('navigation', { name: 'On this page' });
      const links = contents.getByRole('link');
      const names = await links.allTextContents();
      expect(names.length).toBeGreaterThanOrEqual(4);
      expect(names.at(-1)).toBe('Sources');
      const target = links.filter({ hasText: 'Ministerial Council decisions' });
      await tabTo(page, target);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/background/addenda-and-decisions/#ministerial-council-decisions');
      expect(await page.locator(':target').evaluate((el) => [el.tagName, el.textContent])).toEqual(['H2', 'Ministerial Council decisions']);
    }));
});

describe.concurrent('the timeline', () => {
  it('lists every milestone in date order with a <time datetime> and a stable anchor', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}background/`);
      const items = page.getByRole('region', { name: 'Timeline of milestones' }).getByRole('list').getByRole('listitem');
      const shown = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.id,
          datetime: li.querySelector('time')?.getAttribute('datetime'),
          title: li.querySelector('h3')?.textContent,
        })),
      );
      expect(shown).toEqual(milestones.map((m) => ({ id: m.id, datetime: m.date, title: m.title })));
    }));

  it('opens at a milestone from its address', () =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}background/#action-plan-adopted`);
      const target = page.locator(':target');
      expect(await target.locator('time').getAttribute('datetime')).toBe('2003-07-24');
      expect(await target.textContent()).toContain('PC.DEC/557');
    }));
});

describe('glossary links', () => {
  const glossary = readFileSync(join(outDir, 'glossary/index.html'), 'utf8');
  const anchors = new Set(select(glossary, '[id]').map((e) => attr(e, 'id')));
  const prefix = `${base}glossary/#`;
  const uses = htmlPages(outDir).flatMap((p) =>
    select(p.html, 'a[href]')
      .map((a) => attr(a, 'href')!)
      .filter((href) => href.startsWith(prefix))
      .map((href) => ({ page: p.path, anchor: href.slice(prefix.length) })),
  );

  it('are used from every background article', () => {
    for (const a of articles)
      expect(
        uses.some((u) => u.page === `background/${a.slug}/`),
        `background/${a.slug}/ links no glossary term`,
      ).toBe(true);
  });

  it('all land on a term that the glossary defines', () => {
    const missing = uses.filter((u) => !anchors.has(u.anchor)).map((u) => `${u.page} → #${u.anchor}`);
    expect(missing).toEqual([]);
    expect(uses.length).toBeGreaterThan(10);
  });
});

describe.concurrent('search', () => {
  it.each([
    ['Maastricht', 'action-plan'],
    ['PC.DEC/557', 'action-plan'],
    ['addendum', 'addenda-and-decisions'],
    ['Special Representative', 'special-representative'],
  ])('"%s" finds the %s article first', (query, slug) =>
    withPage(browser, async (page) => {
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('#search-results a').first();
      await first.waitFor();
      expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname).toBe(`${base}background/${slug}/`);
    }),
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
