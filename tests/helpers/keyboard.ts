// Keyboard and motion checks run in a Playwright page, as a reader who uses the keyboard or asks for
// less motion meets the page.
import type { Page } from 'playwright-core';

/** The links and controls a reader can reach with Tab: focusable, shown, enabled, not taken out with tabindex="-1". */
export function tabbableCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>(':is(a[href], button, input, select, textarea, [tabindex]):not([tabindex="-1"])')].filter(
        (el) =>
          !el.closest('[hidden], [inert]') &&
          getComputedStyle(el).visibility !== 'hidden' &&
          el.getClientRects().length > 0 &&
          !(el as HTMLButtonElement).disabled,
      ).length,
  );
}

/**
 * Presses Tab through the page (as many times as it has stops, and twice more) and returns the
 * distinct stops reached and the problems seen: a stop without a visible focus indicator (an
 * outline of 2 px or more, or a box shadow).
 */
export async function tabThrough(page: Page, presses: number): Promise<{ reached: number; problems: string[] }> {
  const seen = new Map<string, string>();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
        path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      return {
        key: path.join('>'),
        label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
        visible,
      };
    });
    if (!stop) continue;
    if (!stop.visible) seen.set(stop.key, `${stop.label} has no visible focus outline`);
    else if (!seen.has(stop.key)) seen.set(stop.key, 'ok');
  }
  return { reached: seen.size, problems: [...seen.values()].filter((v) => v !== 'ok') };
}

/** Elements that animate, transition or scroll smoothly as the page stands (tag.class). */
export function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body *')].flatMap((el) => {
      const s = getComputedStyle(el);
      const durations = [...s.transitionDuration.split(','), ...s.animationDuration.split(',')].map((d) => parseFloat(d));
      const animated = s.animationName !== 'none' && durations.some((d) => d > 0);
      const transitions = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && s.transitionProperty !== 'none';
      return animated || transitions || s.scrollBehavior === 'smooth' ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
    }),
  );
}
