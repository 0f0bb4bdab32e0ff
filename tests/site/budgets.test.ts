// Byte budgets, measured on the build (bytes are deterministic; timings belong to `npm run bench`):
// every page renders from its first round trip (HTML + the CSS it needs ≤ 14,600 bytes gzip),
// pages other than search load at most 4 KiB of JavaScript, the search page at most 6 KiB of ours and
// 80 KiB with Pagefind's runtime, images are sized, lazy and modern.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { startTags } from '../helpers/html';
import { FIRST_ROUND_TRIP_BYTES, PAGE_SCRIPT_BYTES, SEARCH_RUNTIME_BYTES, SEARCH_SCRIPT_BYTES, gzipSize, imageProblems, scriptSrcs, staticImports, stylesheetHrefs } from '../helpers/budgets';
import { resolveLink, pagePath } from '../helpers/links';

const outDir = inject('outDir');
const base = inject('base');
const pages = htmlPages(outDir);
const local = new URL('http://site.invalid');

/** The build file a URL found in a file of the build points to. */
function fileOf(url: string, from: string): string {
  const target = resolveLink(url, new URL(pagePath(from, base), local), base);
  if (target.kind !== 'file' || !existsSync(join(outDir, target.file))) throw new Error(`${from}: ${url} is not a file of the build`);
  return target.file;
}

/** Every script file a page runs on load: its <script src> and what they import statically. */
function scriptFiles(html: string, pageFile: string): string[] {
  const seen = new Set<string>();
  const queue = scriptSrcs(html).map((src) => fileOf(src, pageFile));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(join(outDir, file), 'utf8'))) queue.push(fileOf(spec, file));
  }
  return [...seen];
}

describe.each(pages.map((p) => [p.file, p] as const))('%s', (file, page) => {
  it(`renders from the first round trip: HTML and CSS ≤ ${FIRST_ROUND_TRIP_BYTES} bytes gzip`, () => {
    const css = stylesheetHrefs(page.html).map((href) => fileOf(href, file));
    const bytes = gzipSize(page.html) + css.reduce((sum, f) => sum + gzipSize(readFileSync(join(outDir, f))), 0);
    expect(bytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
  });

  it('blocks rendering on no script', () => {
    const blocking = startTags(page.html, 'script').filter((t) => t.attrs.src && t.attrs.type !== 'module' && t.attrs.defer === undefined && t.attrs.async === undefined);
    expect(blocking.map((t) => t.source)).toEqual([]);
  });

  it.skipIf(file === 'search/index.html')(`loads at most ${PAGE_SCRIPT_BYTES} bytes of JavaScript, gzip`, () => {
    const files = scriptFiles(page.html, file);
    const bytes = files.reduce((sum, f) => sum + gzipSize(readFileSync(join(outDir, f))), 0);
    expect(bytes, files.join(', ')).toBeLessThanOrEqual(PAGE_SCRIPT_BYTES);
  });

  it('has only sized, lazy images in modern formats', () => {
    expect(imageProblems(page.html)).toEqual([]);
  });
});

describe('the search page', () => {
  const file = 'search/index.html';
  const page = pages.find((p) => p.file === file)!;
  const ours = scriptFiles(page.html, file);
  const oursBytes = ours.reduce((sum, f) => sum + gzipSize(readFileSync(join(outDir, f))), 0);

  it(`loads at most ${SEARCH_SCRIPT_BYTES} bytes of our JavaScript, gzip`, () => {
    expect(ours.length).toBeGreaterThan(0);
    expect(oursBytes, ours.join(', ')).toBeLessThanOrEqual(SEARCH_SCRIPT_BYTES);
  });

  it(`runs at most ${SEARCH_RUNTIME_BYTES} bytes of code before its first result, with Pagefind's script and WebAssembly`, () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const wasm = entry.languages[lang]?.wasm;
    expect(wasm, `a Pagefind index for the page's language "${lang}"`).toBeDefined();
    const script = gzipSize(readFileSync(join(outDir, 'pagefind', 'pagefind.js')));
    const webAssembly = readFileSync(join(outDir, 'pagefind', `wasm.${wasm}.pagefind`)).length;
    expect(oursBytes + script + webAssembly).toBeLessThanOrEqual(SEARCH_RUNTIME_BYTES);
  });
});
