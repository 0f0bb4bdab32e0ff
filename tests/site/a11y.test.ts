// Accessibility of every built page: axe-core (WCAG 2.0–2.2 A and AA, best practices) in light and
// dark at 320 and 1280 px; no horizontal scrolling at 320 px, nor at 640 and 1280 px with text at
// 200%; headings in order and landmarks (static); and, on a sample of page types, the keyboard:
// skip link, visible focus on every stop, no trap, and no motion when the reader asks for less.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launch } from '../helpers/browser';
import { htmlPages } from '../helpers/dist';
import { headingProblems, landmarkProblems } from '../helpers/structure';

const siteUrl = inject('siteUrl');
const pages = htmlPages(inject('outDir'));
/** One page of each type, for the slower keyboard checks. */
const SAMPLE = ['', 'figures/', 'figures/topics/scale/', 'figures/forced-labour-2021/', 'background/action-plan/', 'programme/', 'programme/high-level-opening/', 'speakers/theresa-may/', 'search/?q=27.6+million'];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => browser?.close());

/**
 * The browser's own text size setting (default font size in px; 16 is 100%), as a reader who
 * enlarges text sets it: rem-based sizes and media queries follow, unlike a CSS font-size change.
 */
async function setTextSize(px: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
  await cdp.detach();
}

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function open(path: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await page.goto(siteUrl + path);
  if (path.startsWith('search/?q=')) await page.locator('#search-results a').first().waitFor();
}

describe('axe-core finds nothing', () => {
  it('on a page with known barriers it reports them (the check works)', async () => {
    await page.setContent(
      '<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1><img src="data:,"><p style="color:#aaa;background:#fff">low contrast</p><button></button></main></body></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast', 'button-name']));
  });

  it.each([...pages.map((p) => p.path), 'search/?q=27.6+million'])('/%s: light and dark, 320 and 1280 px', async (path) => {
    await open(path);
    const found: string[] = [];
    for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [320, 'dark'], [320, 'light']] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      found.push(...(await axeViolations(page)).map((v) => `${width}px ${colorScheme}: ${v}`));
    }
    expect(found).toEqual([]);
    expect(await overflow(), 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    try {
      await setTextSize(32);
      for (const width of [640, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await overflow(), `scrolls sideways at ${width} px with text at 200%`).toBeLessThanOrEqual(0);
      }
    } finally {
      await setTextSize(16);
    }
  });
});

describe('structure of every page', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: headings in order, landmarks', (_file, p) => {
    expect(headingProblems(p.html)).toEqual([]);
    expect(landmarkProblems(p.html)).toEqual([]);
  });
});

describe.each(SAMPLE)('keyboard on /%s', (path) => {
  it('Tab reaches the skip link first, visibly; Enter moves focus to the main content', async () => {
    await open(path);
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
  });

  it('every link and control is reached by Tab, with a visible focus outline, and Tab leaves the last one', async () => {
    await open(path);
    const expected = await page.evaluate(
      () =>
        // tabindex="-1" takes an element out of the Tab order on purpose (e.g. chart bars whose links the table repeats).
        [...document.querySelectorAll<HTMLElement>(':is(a[href], button, input, select, textarea, [tabindex]):not([tabindex="-1"])')].filter(
          (el) =>
            !el.closest('[hidden], [inert]') &&
            getComputedStyle(el).visibility !== 'hidden' &&
            el.getClientRects().length > 0 &&
            !(el as HTMLButtonElement).disabled,
        ).length,
    );
    const seen = new Map<string, string>();
    for (let i = 0; i < expected + 2; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        const path: string[] = [];
        for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
        return { key: path.join('>'), label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`, visible };
      });
      if (!stop) continue;
      if (!stop.visible) seen.set(stop.key, `${stop.label} has no visible focus outline`);
      else if (!seen.has(stop.key)) seen.set(stop.key, 'ok');
    }
    expect([...seen.values()].filter((v) => v !== 'ok')).toEqual([]);
    expect(seen.size, 'Tab stops reached (fewer than the controls on the page means a trap or a skipped control)').toBe(expected);
  });

  it('with reduced motion preferred, nothing animates, transitions or scrolls smoothly', async () => {
    await open(path);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('body *')].flatMap((el) => {
        const s = getComputedStyle(el);
        const durations = [...s.transitionDuration.split(','), ...s.animationDuration.split(',')].map((d) => parseFloat(d));
        const animated = s.animationName !== 'none' && durations.some((d) => d > 0);
        const transitions = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none';
        return animated || transitions || s.scrollBehavior === 'smooth' ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
      }),
    );
    expect(moving).toEqual([]);
  });
});
