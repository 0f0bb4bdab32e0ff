// Test files share the run's one Chromium (started by the global setup): connect in beforeAll,
// close the connection in afterAll, and give each test a context of its own (`withPage`), so that
// tests can run at the same time without sharing cookies, storage or permissions.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export function connect(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** Runs fn with a page in a fresh context, closed afterwards. */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Pages kept open for tests that each visit a page of their own: a test takes a free page (or one
 * in a new context, made ready by `prepare`) and gives it back when it passes. Opening a context
 * costs about as much as loading a page, and it saves the scripts `prepare` adds from being sent
 * again for every page. A page whose test failed is closed with its context, so that nothing it
 * was left with (cookies, storage, settings) reaches another test; a test that changes a setting
 * of the page puts it back, or gives `reset` to do it.
 */
export function pagePool(
  browser: () => Browser,
  {
    options = {},
    prepare,
    reset,
  }: {
    options?: BrowserContextOptions;
    prepare?: (context: BrowserContext) => Promise<unknown>;
    reset?: (page: Page) => Promise<void>;
  } = {},
) {
  const idle: Page[] = [];
  const contexts: BrowserContext[] = [];
  return {
    async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
      let page = idle.pop();
      if (!page) {
        const context = await browser().newContext(options);
        contexts.push(context);
        await prepare?.(context);
        page = await context.newPage();
      }
      try {
        const result = await fn(page);
        await reset?.(page);
        idle.push(page);
        return result;
      } catch (error) {
        await page.context().close();
        throw error;
      }
    },
    close: () => Promise.all(contexts.map((c) => c.close().catch(() => undefined))),
  };
}
