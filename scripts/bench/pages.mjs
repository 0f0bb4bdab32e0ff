// Bytes of a built site, as `npm run bench` reports them: per page, what it needs before it can
// render (HTML + the stylesheets that block a screen's first paint, gzip level 6, as the budget tests measure) and the CSS it
// carries (inline and linked, gzip). Reads a build folder; writes nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../lib/list-files.mjs';

const gzip = (text) => gzipSync(text, { level: 6 }).length;

/** The lower middle value. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** The file a stylesheet address of `page` names, inside `dir` (addresses under `base`, or relative). */
function stylesheetFile(dir, base, page, href) {
  const path = href.split(/[?#]/)[0];
  const file = path.startsWith('/') ? path.slice(base.length) : posix.join(posix.dirname(page), path);
  return existsSync(join(dir, file)) ? join(dir, file) : undefined;
}

/**
 * Every HTML page of the build in `dir` (Pagefind's own files aside), with its critical bytes and CSS
 * bytes, and the summary the bench prints: page count, median and largest page, CSS range.
 *
 * @param {string} dir
 * @param {string} [base] the base path the build was made for, e.g. "/" or "/alliance-2023/"
 */
export function pageBytes(dir, base = '/') {
  const pages = listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const linked = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
        // A print-only stylesheet does not block a screen's first paint.
        .filter((m) => !/\bmedia="\s*print\s*"/i.test(m[0]))
        .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
        .filter(Boolean)
        .map((href) => stylesheetFile(dir, base, file, href))
        .filter(Boolean)
        .map((f) => readFileSync(f, 'utf8'));
      const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      return {
        page: file.replace(/index\.html$/, '') || '/',
        critical: gzip(html) + linked.reduce((n, css) => n + gzip(css), 0),
        css: gzip([...inline, ...linked].join('\n')),
      };
    });
  const largest = pages.reduce((a, b) => (b.critical > a.critical ? b : a), pages[0]);
  const css = pages.map((p) => p.css);
  // Embedded figures are small pages for other sites' frames: the median of the pages a reader
  // navigates leaves them out, as the budget test does.
  const read = pages.filter((p) => !/^figures\/[^/]+\/embed\/$/.test(p.page));
  return {
    pages,
    summary: {
      count: pages.length,
      median: median(pages.map((p) => p.critical)),
      readMedian: median(read.map((p) => p.critical)),
      largest,
      cssMedian: median(css),
      cssMax: Math.max(...css),
    },
  };
}

const pad = (s, n) => String(s).padStart(n);
const num = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '–');

/**
 * Prints the byte table of `npm run bench`: for each build given (a baseline build folder, today's
 * build, the scale build), pages, median critical bytes, the largest page, and the CSS per page.
 *
 * @param {{ label: string, dir: string, base?: string, ms?: number }[]} builds
 */
export function printPageBytes(builds) {
  const rows = builds.map((b) => ({ ...b, ...pageBytes(b.dir, b.base).summary }));
  console.log(`\nBytes before first paint (HTML + blocking CSS, gzip 6), and the CSS each page carries (gzip)`);
  console.log(
    `${'build'.padEnd(26)} ${pad('pages', 6)} ${pad('median', 7)} ${pad('no embeds', 9)} ${pad('largest', 8)}  ${'(page)'.padEnd(34)} ${pad('CSS med.', 8)} ${pad('CSS max', 8)} ${pad('build', 8)}`,
  );
  for (const r of rows) {
    const time = r.ms === undefined ? '' : `${(r.ms / 1000).toFixed(1)} s`;
    console.log(
      `${r.label.padEnd(26)} ${pad(r.count, 6)} ${pad(num(r.median), 7)} ${pad(num(r.readMedian), 9)} ${pad(num(r.largest.critical), 8)}  ${r.largest.page.padEnd(34)} ${pad(num(r.cssMedian), 8)} ${pad(num(r.cssMax), 8)} ${pad(time, 8)}`,
    );
  }
  return rows;
}
