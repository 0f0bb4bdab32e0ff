// Test files share the run's one Chromium (started by the global setup): connect in beforeAll,
// close the connection in afterAll, and give each test a context of its own (`withPage`), so that
// tests can run at the same time without sharing cookies, storage or permissions.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
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
