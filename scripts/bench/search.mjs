// The first search, measured in Chromium: `npm run bench` runs it for the current build and, with
// `--compare <dir>` (or BENCH_COMPARE), for another build in the same run, so that two versions are
// compared on the same machine under the same load.
//
// Each run opens /search/ in a fresh browser context (empty cache), waits until the page is idle,
// types the query as one input event and times, inside the page, the input event to the first
// result link in the list. Runs alternate between the builds, so that a burst of load elsewhere on
// the machine hits both. Requests and bytes count what the search fetches under pagefind/, from
// opening the page until the search has settled (its count announced).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { listFiles } from '../lib/list-files.mjs';

export const DEFAULT_QUERY = '27.6 million';
export const DEFAULT_RUNS = 12;

/**
 * The first search's options from the command line: `--compare <dir>` (or BENCH_COMPARE=<dir>),
 * another build measured in the same run, and `--runs <n>`, cold first searches per build.
 * Throws on a directory without a built search page, or a count that is not a whole number ≥ 1.
 */
export function firstSearchOptions(argv, env = {}) {
  const option = (name) => {
    if (!argv.includes(name)) return undefined;
    const value = argv[argv.indexOf(name) + 1];
    if (value === undefined || value.startsWith('--'))
      throw new Error(`${name} needs a value, e.g. ${name} ${name === '--runs' ? DEFAULT_RUNS : 'dist'}`);
    return value;
  };
  const compare = option('--compare') ?? env.BENCH_COMPARE;
  const runs = Number(option('--runs') ?? DEFAULT_RUNS);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, found "${option('--runs')}"`);
  if (compare !== undefined && !existsSync(join(compare, 'search', 'index.html'))) {
    throw new Error(`--compare ${compare}: no built site with a search page there (give the build's output directory, e.g. dist/)`);
  }
  return { compare, runs };
}

/** The value at quantile q (0–1) of a list of numbers, by nearest rank. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const median = (values) => quantile(values, 0.5);
const gzip = (buf) => gzipSync(buf, { level: 6 }).length;

/** Sizes of a build's search index: all of pagefind/, the index chunks and the fragments (one per page). */
export function indexStats(dir) {
  const files = listFiles(join(dir, 'pagefind'));
  const size = (f) => statSync(join(dir, 'pagefind', f)).size;
  const group = (prefix) => {
    const sizes = files.filter((f) => f.startsWith(prefix)).map(size);
    return { count: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), median: median(sizes), max: Math.max(0, ...sizes) };
  };
  return {
    files: files.length,
    bytes: files.map(size).reduce((a, b) => a + b, 0),
    chunks: group('index/'),
    fragments: group('fragment/'),
    filters: group('filter/'),
  };
}

/** In the page: note the input event's time and when the first result link appears. */
function watchFirstResult() {
  const marks = {};
  window.__firstSearch = marks;
  document.addEventListener('input', (event) => (marks.input ??= event.timeStamp), { capture: true });
  const list = document.getElementById('search-results');
  new MutationObserver(() => {
    if (marks.input !== undefined && marks.first === undefined && list.querySelector('a')) marks.first = performance.now();
  }).observe(list, { childList: true, subtree: true });
}

/** One cold first search on a served build: ms from input to first result, and the files it fetched under pagefind/. */
async function firstSearch(browser, siteUrl, query) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const root = `${new URL(siteUrl).pathname}pagefind/`;
    const fetched = [];
    page.on('requestfinished', (request) => {
      const path = decodeURIComponent(new URL(request.url()).pathname);
      if (path.startsWith(root)) fetched.push(`pagefind/${path.slice(root.length)}`);
    });
    await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
    await page.evaluate(watchFirstResult);
    await page.locator('#search-input').fill(query);
    await page.waitForFunction(() => window.__firstSearch.first !== undefined, undefined, { timeout: 60_000 });
    const { input, first } = await page.evaluate(() => window.__firstSearch);
    await page.waitForFunction(() => /\S/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, {
      timeout: 60_000,
    });
    await page.waitForLoadState('networkidle');
    return { ms: first - input, files: fetched };
  } finally {
    await context.close();
  }
}

/**
 * Runs the first search `runs` times on the build in `dir` and, if given, the one in `compare`
 * (served under the same base), alternating, in one Chromium.
 * @param {{ dir: string, compare?: string, base?: string, runs?: number, query?: string, chromium: string }} options
 */
export async function benchFirstSearch({ dir, compare, base, runs = DEFAULT_RUNS, query = DEFAULT_QUERY, chromium: executablePath }) {
  const builds = [{ label: 'this build', dir }, ...(compare ? [{ label: 'compared', dir: compare }] : [])];
  const servers = await Promise.all(builds.map((b) => serve({ dir: b.dir, base, port: 0 })));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const results = builds.map((b) => ({ ...b, times: [], files: [], index: indexStats(b.dir) }));
  try {
    for (let run = 0; run < runs; run++) {
      // ABAB… then BABA…: neither build always goes first.
      const order = results.map((_, i) => i);
      if (run % 2) order.reverse();
      for (const i of order) {
        const { ms, files } = await firstSearch(browser, servers[i].url, query);
        results[i].times.push(ms);
        results[i].files.push(files);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  return results.map((r) => {
    const bytes = (files, size) => files.reduce((n, f) => n + size(join(r.dir, f)), 0);
    return {
      label: r.label,
      dir: r.dir,
      query,
      runs,
      median: median(r.times),
      p90: quantile(r.times, 0.9),
      times: r.times,
      requests: median(r.files.map((files) => files.length)),
      // The files as they are (the local server sends them so), and gzipped as a host would send
      // the scripts (Pagefind's index files are compressed already, so gzip barely changes them).
      raw: median(r.files.map((files) => bytes(files, (f) => statSync(f).size))),
      gzip: median(r.files.map((files) => bytes(files, (f) => gzip(readFileSync(f))))),
      fetched: r.files.at(-1).map((path) => ({ path, bytes: statSync(join(r.dir, path)).size })),
      index: r.index,
    };
  });
}

const kib = (n) => (n / 1024).toFixed(1);

/** The comparison as a table, one column per build, and the files the first search fetched. */
export function formatFirstSearch(results) {
  const rows = [
    ['ms to first result, median', (r) => r.median.toFixed(0)],
    ['ms to first result, p90', (r) => r.p90.toFixed(0)],
    ['requests (pagefind/)', (r) => String(r.requests)],
    ['KiB raw (as served here)', (r) => kib(r.raw)],
    ['KiB gzip (as a host sends)', (r) => kib(r.gzip)],
    ['index: files / KiB', (r) => `${r.index.files} / ${kib(r.index.bytes)}`],
    ['fragments: KiB / median B', (r) => `${kib(r.index.fragments.bytes)} / ${r.index.fragments.median}`],
    ['index chunks: count / KiB', (r) => `${r.index.chunks.count} / ${kib(r.index.chunks.bytes)}`],
  ];
  const width = Math.max(...results.map((r) => r.label.length), 14);
  const { query, runs } = results[0];
  const lines = [`First search for "${query}" on /search/: ${runs} cold runs per build, alternating, one Chromium`];
  lines.push(`${''.padEnd(30)}${results.map((r) => r.label.padStart(width + 2)).join('')}`);
  for (const [name, value] of rows) lines.push(`${name.padEnd(30)}${results.map((r) => value(r).padStart(width + 2)).join('')}`);
  if (results.length === 2)
    lines.push(`ratio of medians ${results[0].label} / ${results[1].label}: ${(results[0].median / results[1].median).toFixed(2)}`);
  for (const r of results) {
    lines.push(`${r.label} (${r.dir}), runs in ms: ${r.times.map((t) => t.toFixed(0)).join(' ')}`);
    for (const f of r.fetched) lines.push(`  ${String(f.bytes).padStart(8)}  ${f.path}`);
  }
  return lines.join('\n');
}
