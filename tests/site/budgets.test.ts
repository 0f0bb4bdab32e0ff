// Byte budgets, measured on the build (bytes are deterministic; timings belong to `npm run bench`):
// every page renders from its first round trip (HTML + the CSS it needs ≤ 14,600 bytes gzip) and
// carries at most 3,000 bytes of CSS, the median page stays at or below 7,000 bytes, pages other
// than search load at most 4 KiB of JavaScript, images are sized, lazy and modern. The same budgets
// hold with 1,000 more figures: tests/site/scale.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { startTags } from '../helpers/html';
import { FIRST_ROUND_TRIP_BYTES, MEDIAN_PAGE_BYTES, PAGE_CSS_BYTES, PAGE_SCRIPT_BYTES, buildFile, criticalBytes, imageProblems, median, scriptSrcs, staticImports, gzipSize } from '../helpers/budgets';

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
