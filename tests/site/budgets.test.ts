// Byte budgets, measured on the build (bytes are deterministic; timings belong to `npm run bench`):
// every page renders from its first round trip (HTML + the CSS it needs ≤ 14,600 bytes gzip) and
// carries at most 3,000 bytes of CSS, the median page stays at or below 6,565 bytes, pages other
// than search load at most 4 KiB of JavaScript, the search page 6 KiB before the reader searches and
// Pagefind's 96 KiB with the first search. The same page budgets hold with 1,000 more figures:
// tests/site/scale.test.ts.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { attr, first } from '../helpers/html';
import {
  FIRST_ROUND_TRIP_BYTES,
  MEDIAN_PAGE_BYTES,
  PAGE_CSS_BYTES,
  PAGE_SCRIPT_BYTES,
  SEARCH_ENGINE_BYTES,
  SEARCH_PAGE_SCRIPT_BYTES,
  SEARCH_RUNTIME_BYTES,
  blockingScripts,
  buildFile,
  criticalBytes,
  gzipSize,
  median,
  scriptSrcs,
  staticImports,
} from '../helpers/budgets';

const outDir = inject('outDir');
const base = inject('base');
const pages = htmlPages(outDir);
const fileOf = (url: string, from: string) => buildFile(outDir, base, url, from);
const bytes = new Map(pages.map((p) => [p.file, criticalBytes(outDir, base, p.file, p.html)]));

it(`keeps the median page a reader navigates (embeds aside) at or below ${MEDIAN_PAGE_BYTES} bytes gzip, HTML and CSS`, () => {
  const read = [...bytes].filter(([file]) => !/^figures\/[^/]+\/embed\//.test(file)).map(([, b]) => b.critical);
  expect(read.length).toBeGreaterThan(50);
  expect(median(read)).toBeLessThanOrEqual(MEDIAN_PAGE_BYTES);
});

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
    expect(bytes.get(file)!.critical).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
  });

  it(`carries at most ${PAGE_CSS_BYTES} bytes of CSS, gzip`, () => {
    expect(bytes.get(file)!.css).toBeLessThanOrEqual(PAGE_CSS_BYTES);
  });

  it('blocks rendering on no script', () => {
    expect(blockingScripts(page.html)).toEqual([]);
  });

  const budget = file === 'search/index.html' ? SEARCH_PAGE_SCRIPT_BYTES : PAGE_SCRIPT_BYTES;
  it(`loads at most ${budget} bytes of JavaScript, gzip`, () => {
    const files = scriptFiles(page.html, file);
    const bytes = files.reduce((sum, f) => sum + gzipSize(readFileSync(join(outDir, f))), 0);
    expect(bytes, files.join(', ')).toBeLessThanOrEqual(budget);
  });
});

describe('the first search', () => {
  it(`loads at most ${SEARCH_ENGINE_BYTES} bytes of Pagefind: script and worker gzip, WebAssembly as stored`, () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string }>;
    };
    const wasm = Object.values(entry.languages).map((l) => `pagefind/wasm.${l.wasm}.pagefind`);
    expect(wasm).toEqual(['pagefind/wasm.en.pagefind']);
    const scripts = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'].reduce(
      (sum, f) => sum + gzipSize(readFileSync(join(outDir, f))),
      0,
    );
    expect(scripts + statSync(join(outDir, wasm[0]!)).size).toBeLessThanOrEqual(SEARCH_ENGINE_BYTES);
  });
});

describe('the search page', () => {
  const file = 'search/index.html';
  const page = pages.find((p) => p.file === file)!;

  it(`runs at most ${SEARCH_RUNTIME_BYTES} bytes of code before its first result, with Pagefind's script, worker and WebAssembly`, () => {
    const ours = scriptFiles(page.html, file).reduce((sum, f) => sum + gzipSize(readFileSync(join(outDir, f))), 0);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string }>;
    };
    const lang = attr(first(page.html, 'html')!, 'lang') ?? '';
    const wasm = entry.languages[lang]?.wasm;
    expect(wasm, `a Pagefind index for the page's language "${lang}"`).toBeDefined();
    const script = ['pagefind.js', 'pagefind-worker.js'].reduce((sum, f) => sum + gzipSize(readFileSync(join(outDir, 'pagefind', f))), 0);
    const webAssembly = statSync(join(outDir, 'pagefind', `wasm.${wasm}.pagefind`)).size;
    expect(ours + script + webAssembly).toBeLessThanOrEqual(SEARCH_RUNTIME_BYTES);
  });
});
