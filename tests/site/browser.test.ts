// A reader in Chromium: home page, the main navigation, and the header search landing on a figure.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../helpers/browser';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('a reader', () => {
  it('opens the home page and sees the headline figures', async () => {
    await page.goto(siteUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Alliance against Trafficking in Persons/);
    await expect(page.getByText('27.6 million', { exact: true }).first().isVisible()).resolves.toBe(true);
  });

  it.each([
    ['Figures', /Figures on human trafficking/],
    ['Background', /Action Plan/],
    ['Programme', /Programme/],
    ['Speakers', /Speakers/],
    ['Conference', /Practical information/],
  ])('follows the %s link in the main navigation', async (label, heading) => {
    await page.goto(siteUrl);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
    expect(await page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).toBe('page');
  });

  it('searches for 27.6 million from the header form and lands on the figure', async () => {
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
  });
});
