// Accessibility of every built page: axe-core (WCAG 2.0–2.2 A and AA, best practices) in light and
// dark at 320 and 1280 px; no horizontal scrolling at 320 px, nor at 640 and 1280 px with text at
// 200%; headings in order and landmarks (static); and, on a sample of page types, the keyboard:
// skip link, visible focus on every stop, no trap, and no motion when the reader asks for less.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, withAxe } from '../helpers/axe';
import { connect, pagePool, withPage } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { movingElements, tabbableCount, tabThrough } from '../helpers/keyboard';
import { headingProblems, landmarkProblems } from '../helpers/structure';

const siteUrl = inject('siteUrl');
const built = htmlPages(inject('outDir'));
/** One page of each type, for the slower keyboard checks. */
const SAMPLE = [
  '',
  'figures/',
  'figures/topics/scale/',
  'figures/forced-labour-2021/',
  'background/action-plan/',
  'programme/',
  'programme/high-level-opening/',
  'speakers/theresa-may/',
  'search/?q=27.6+million',
];

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await pages1280.close();
  await browser?.close();
});

/** Pages whose text size a test changed (setTextSize), to put back before the next test. */
const enlarged = new WeakSet<Page>();

/**
 * The browser's own text size setting (default font size in px; 16 is 100%), as a reader who
 * enlarges text sets it: rem-based sizes and media queries follow, unlike a CSS font-size change.
 */
async function setTextSize(page: Page, px: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
  await cdp.detach();
  if (px === 16) enlarged.delete(page);
  else enlarged.add(page);
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const AT_1280 = { viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'no-preference' } as const;

/**
 * Pages shared by the tests below, one at a time each, with axe in every page they open; each is put
 * back to 1280 px wide, light, motion allowed and text at 100% after a test.
 */
const pages1280 = pagePool(() => browser, {
  options: AT_1280,
  prepare: withAxe,
  reset: async (page) => {
    await page.setViewportSize(AT_1280.viewport);
    await page.emulateMedia({ colorScheme: AT_1280.colorScheme, reducedMotion: AT_1280.reducedMotion });
    if (enlarged.has(page)) await setTextSize(page, 16);
  },
});

/** Runs fn on the page at path, 1280 px wide, light, motion allowed. */
function onPage<T>(path: string, fn: (page: Page) => Promise<T>): Promise<T> {
  return pages1280.use(async (page) => {
    await page.goto(siteUrl + path);
    // Results appear one by one, then the count: wait for the count, so that every result and control is there.
    if (path.startsWith('search/?q='))
      await page.waitForFunction(() => /result/.test(document.getElementById('search-count')?.textContent ?? ''));
    return fn(page);
  });
}

describe.concurrent('axe-core finds nothing', () => {
  it('on a page with known barriers it reports them (the check works)', ({ expect }) =>
    withPage(browser, async (page) => {
      await page.setContent(
        '<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1><img src="data:,"><p style="color:#aaa;background:#fff">low contrast</p><button></button></main></body></html>',
      );
      const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
      expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast', 'button-name']));
    }));

  it.for([...built.map((p) => p.path), 'search/?q=27.6+million'])('/%s: light and dark, 320 and 1280 px', (path, { expect }) =>
    onPage(path, async (page) => {
      const found: string[] = [];
      for (const [width, colorScheme] of [
        [1280, 'light'],
        [1280, 'dark'],
        [320, 'dark'],
        [320, 'light'],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        found.push(...(await axeViolations(page)).map((v) => `${width}px ${colorScheme}: ${v}`));
      }
      expect(found).toEqual([]);
      expect(await overflow(page), 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
      await setTextSize(page, 32);
      for (const width of [640, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await overflow(page), `scrolls sideways at ${width} px with text at 200%`).toBeLessThanOrEqual(0);
      }
    }),
  );
});

describe('structure of every page', () => {
  it.each(built.map((p) => [p.file, p] as const))('%s: headings in order, landmarks', (_file, p) => {
    expect(headingProblems(p.html)).toEqual([]);
    expect(landmarkProblems(p.html)).toEqual([]);
  });
});

describe.concurrent('the keyboard and motion checks', () => {
  const barriers = `<!DOCTYPE html><html lang="en"><head><title>x</title><style>
    :focus-visible { outline: 3px solid } .bare:focus-visible { outline: none }
    .spin { animation: spin 1s infinite } @keyframes spin { to { rotate: 1turn } }
  </style></head><body><a class="bare" href="#a">no outline</a><button>ok</button><p class="spin">spins</p>
  <input aria-label="trap" onkeydown="if (event.key === 'Tab') event.preventDefault()"><a href="#b">behind the trap</a></body></html>`;

  it('report a stop without a visible outline, and fewer stops than controls behind a trap', ({ expect }) =>
    withPage(browser, async (page) => {
      await page.setContent(barriers);
      const expected = await tabbableCount(page);
      expect(expected).toBe(4);
      const { reached, problems } = await tabThrough(page, expected + 2);
      expect(problems).toEqual(['a "no outline" has no visible focus outline']);
      expect(reached).toBe(3);
    }));

  it('report an animation the reader asked not to see', ({ expect }) =>
    withPage(
      browser,
      async (page) => {
        await page.setContent(barriers);
        expect(await movingElements(page)).toEqual(['p.spin']);
      },
      { reducedMotion: 'reduce' },
    ));
});

describe.concurrent.for(SAMPLE)('keyboard on /%s', (path) => {
  it('Tab reaches the skip link first, visibly; Enter moves focus to the main content', ({ expect }) =>
    onPage(path, async (page) => {
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { text: el.textContent?.trim(), href: el.getAttribute('href'), width: box.width, height: box.height, top: box.top };
      });
      expect(skip).toMatchObject({ text: 'Skip to content', href: '#main' });
      expect(skip.width).toBeGreaterThan(20);
      expect(skip.height).toBeGreaterThan(10);
      expect(skip.top).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    }));

  it('every link and control is reached by Tab, with a visible focus outline, and Tab leaves the last one', ({ expect }) =>
    onPage(path, async (page) => {
      const expected = await tabbableCount(page);
      const { reached, problems } = await tabThrough(page, expected + 2);
      expect(problems).toEqual([]);
      expect(reached, 'Tab stops reached (fewer than the controls on the page means a trap or a skipped control)').toBe(expected);
    }));

  it('with reduced motion preferred, nothing animates, transitions or scrolls smoothly', ({ expect }) =>
    onPage(path, async (page) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await movingElements(page)).toEqual([]);
    }));
});
