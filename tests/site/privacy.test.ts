// Privacy and security: no page loads anything from another origin (read from the HTML and CSS,
// then from Chromium's own request log), no cookies or storage, a strict Content-Security-Policy
// in every page and in _headers, and the site, search included, works under it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy, parseCsp, styleHash, withStyleHashes } from '../../src/lib/csp';
import { buildSettings } from '../../scripts/build-settings.mjs';
import { connect, pagePool } from '../helpers/browser';
import { htmlPages, listFiles } from '../helpers/dist';
import { select, startTag, startTags, text } from '../helpers/html';
import { cssProblems, externalLinkRelProblems, externalResourceProblems, inlineCodeProblems, parseHeadersFile } from '../helpers/privacy';

const outDir = inject('outDir');
const siteUrl = inject('siteUrl');
const site = new URL(buildSettings(process.env).site);
const pages = htmlPages(outDir);

describe('built pages (static)', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s loads nothing from another origin and runs no inline code', (_file, page) => {
    expect(externalResourceProblems(page.html, site)).toEqual([]);
    expect(inlineCodeProblems(page.html)).toEqual([]);
    expect(externalLinkRelProblems(page.html, site)).toEqual([]);
  });

  it('every page carries the policy as its first tag after the charset, before any style or script, allowing its own styles by hash', () => {
    for (const page of pages) {
      const head = startTags(page.html).filter((t) => ['meta', 'link', 'style', 'script', 'title', 'base'].includes(t.name));
      expect(head[0]?.attrs.charset, page.file).toBe('utf-8');
      expect(head[1]?.attrs['http-equiv'], page.file).toBe('Content-Security-Policy');
      // Read with the parser, not with the build's own headStyles(), so that the two are checked against each other.
      const styles = select(page.html, 'head style').map(text);
      expect(styles.length, page.file).toBeGreaterThan(0);
      expect(head[1]?.attrs.content, page.file).toBe(withStyleHashes(contentSecurityPolicy('meta'), styles.map(styleHash)));
      expect(parseCsp(head[1]!.attrs.content!).get('style-src')!.join(' '), page.file).not.toContain('unsafe-inline');
    }
  });

  it('no page or SVG has a style attribute or a <style> outside <head>: the policy would refuse them', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const element of select(page.html, '[style], body style')) problems.push(`${page.file}: ${startTag(element)}`);
    }
    for (const f of listFiles(outDir).filter((f) => f.endsWith('.svg'))) {
      for (const element of select(readFileSync(join(outDir, f), 'utf8'), '[style], style')) problems.push(`${f}: ${startTag(element)}`);
    }
    expect(problems).toEqual([]);
  });

  it('no stylesheet or SVG file of the build loads from another origin', () => {
    const files = listFiles(outDir).filter((f) => /\.(css|svg)$/.test(f));
    const problems = files.flatMap((f) => {
      const text = readFileSync(join(outDir, f), 'utf8');
      return (f.endsWith('.css') ? cssProblems(text, site) : externalResourceProblems(text, site)).map((p) => `${f}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('_headers', () => {
  const file = join(outDir, '_headers');
  const all = () => parseHeadersFile(readFileSync(file, 'utf8')).get('/*');

  /** The Content-Security-Policy of each block of a _headers file that gives one. */
  const policies = (text: string) =>
    [...parseHeadersFile(text).values()].map((h) => h.get('content-security-policy')).filter((p) => p !== undefined);
  // Pages may not be framed; embedded figures may (tests/site/share.test.ts checks which address gets which).
  const allowed = [contentSecurityPolicy('header'), contentSecurityPolicy('header', { framing: 'anyone' })];

  it('is in the build and sends the policy with frame-ancestors and the hash of every inline stylesheet', () => {
    expect(existsSync(file)).toBe(true);
    const hashes = pages.flatMap((p) => select(p.html, 'head style').map((s) => styleHash(text(s))));
    const built = policies(readFileSync(file, 'utf8'));
    expect(built.length).toBeGreaterThan(1);
    for (const policy of built) expect(allowed.map((p) => withStyleHashes(p, hashes))).toContain(policy);
    for (const policy of built) expect(policy).not.toContain('unsafe-inline');
  });

  it('repeats the policy of src/lib/csp.ts in public/_headers, before the build adds the hashes', () => {
    const source = policies(readFileSync('public/_headers', 'utf8'));
    expect(source.length).toBeGreaterThan(1);
    for (const policy of source) expect(allowed).toContain(policy);
  });
  it('sends no referrer, no MIME sniffing, no powerful features and no cookie', () => {
    const headers = all()!;
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const permissions = headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics', 'interest-cohort', 'payment', 'usb']) {
      expect(permissions, feature).toMatch(new RegExp(`(^|,\\s*)${feature}=\\(\\)`));
    }
    expect(headers.has('set-cookie')).toBe(false);
  });
});

describe.concurrent('in Chromium, under the policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connect();
  });
  afterAll(async () => {
    await pool.close();
    await browser?.close();
  });

  /** What a page did while a test ran: its requests, cookies set, and what the console said about the policy. */
  interface Visit {
    page: Page;
    context: BrowserContext;
    requests: string[];
    cookiesSet: string[];
    consoleCsp: string[];
    /** Violations of the policy the page reported (securitypolicyviolation events). */
    violations: () => Promise<string[]>;
    /** Requests to another origin. */
    foreign: () => string[];
  }

  /**
   * Pages shared by the tests, one at a time each. A page that set a cookie or stored anything fails
   * its own test, and the pool then closes its context: the next test starts without it.
   */
  const pool = pagePool(() => browser, {
    // Runs before any script of each page; the policy does not apply to it.
    prepare: (context) =>
      context.addInitScript(() => {
        const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
        );
      }),
  });

  /** Runs fn on a page that records what it does from now on. */
  /** What a visit let out or left behind: all empty (NOTHING_LEAKED) when the page kept to itself. */
  async function leaks(v: Visit) {
    const [cookie, localItems, sessionItems] = await v.page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]);
    return {
      foreign: v.foreign(),
      violations: await v.violations(),
      consoleCsp: v.consoleCsp,
      cookie,
      localItems,
      sessionItems,
      cookies: await v.context.cookies(),
      cookiesSet: v.cookiesSet,
    };
  }
  const NOTHING_LEAKED = {
    foreign: [],
    violations: [],
    consoleCsp: [],
    cookie: '',
    localItems: 0,
    sessionItems: 0,
    cookies: [],
    cookiesSet: [],
  };

  function visit(fn: (v: Visit) => Promise<void>): Promise<void> {
    return pool.use(async (page) => {
      const v: Visit = {
        page,
        context: page.context(),
        requests: [],
        cookiesSet: [],
        consoleCsp: [],
        violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        foreign: () => v.requests.filter((u) => new URL(u).origin !== new URL(siteUrl).origin),
      };
      const onRequest = (r: Request) => v.requests.push(r.url());
      const onResponse = async (r: Response) => {
        const cookie = await r.headerValue('set-cookie');
        if (cookie) v.cookiesSet.push(`${r.url()}: ${cookie}`);
      };
      const onConsole = (m: ConsoleMessage) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) v.consoleCsp.push(m.text());
      };
      page.on('request', onRequest);
      page.on('response', onResponse);
      page.on('console', onConsole);
      try {
        await fn(v);
      } finally {
        page.off('request', onRequest);
        page.off('response', onResponse);
        page.off('console', onConsole);
      }
    });
  }

  it('catches a violation when one happens: an injected inline script is blocked and reported', ({ expect }) =>
    visit(async ({ page, violations, consoleCsp }) => {
      await page.goto(siteUrl);
      const ran = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        await new Promise((r) => setTimeout(r, 50));
        return 'inlineRan' in window;
      });
      expect(ran).toBe(false);
      expect((await violations()).join('\n')).toMatch(/script-src/);
      expect(consoleCsp.join('\n')).toMatch(/Content Security Policy/);
    }));

  it('catches a request to another origin when one happens', ({ expect }) =>
    visit(async ({ page, foreign }) => {
      await page.setContent('<img src="https://elsewhere.invalid/pixel.png" alt="">');
      expect(foreign()).toEqual(['https://elsewhere.invalid/pixel.png']);
    }));

  it.for(pages.map((p) => [p.path || '/', p] as const))(
    '%s requests nothing from another origin, sets no cookie, breaks no rule',
    ([, p], { expect }) =>
      visit(async (v) => {
        const response = await v.page.goto(siteUrl + p.path.replace(/^\//, ''), { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(v.requests.length).toBeGreaterThan(0);
        expect(await leaks(v)).toEqual(NOTHING_LEAKED);
      }),
  );

  it('runs a search for "27.6 million" with Pagefind and its WebAssembly, all from our origin', ({ expect }) =>
    visit(async (v) => {
      await v.page.goto(`${siteUrl}search/`);
      await v.page.getByRole('main').getByRole('searchbox').fill('27.6 million');
      const first = v.page.locator('#search-results a').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/\/figures\/forced-labour-2021\//);
      expect(v.requests.some((u) => u.endsWith('.wasm') || /wasm/.test(u))).toBe(true);
      expect(await leaks(v)).toEqual(NOTHING_LEAKED);
    }));
});
