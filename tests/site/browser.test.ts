// A reader in Chromium: home page, the main navigation, and the header search landing on a figure.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { connect, withPage } from '../helpers/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => browser?.close());

describe.concurrent('a reader', () => {
  it('opens the home page and sees the headline figures', ({ expect }) =>
    withPage(browser, async (page) => {
      await page.goto(siteUrl);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Alliance against Trafficking in Persons/);
      expect(await page.getByText('27.6 million', { exact: true }).first().isVisible()).toBe(true);
    }));

  it.for([
    ['Figures', /Figures on human trafficking/],
    ['Background', /Action Plan/],
    ['Programme', /Programme/],
    ['Speakers', /Speakers/],
    ['Conference', /Practical information/],
  ] as const)('follows the %s link in the main navigation', ([label, heading], { expect }) =>
    withPage(browser, async (page) => {
      await page.goto(siteUrl);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
      await page.waitForLoadState('load');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
      expect(await page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('page');
    }),
  );

  it('searches for 27.6 million from the header form and lands on the figure', ({ expect }) =>
    withPage(browser, async (page) => {
      await page.goto(siteUrl);
      await page.getByRole('searchbox', { name: 'Search the site' }).fill('27.6 million');
      await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
      await page.waitForURL(/\/search\/\?q=27\.6\+million/);
      const first = page.locator('#search-results a').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/\/figures\/forced-labour-2021\//);
      await first.click();
      await page.waitForLoadState('load');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('27.6 million');
    }));
});
