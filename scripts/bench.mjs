// Benchmark of the built site: `npm run bench` (not part of `npm test`: timings are noisy).
//   build time, page count, bytes per page (raw and gzip), the Pagefind index, the first search in
//   Chromium (scripts/bench/search.mjs), and Lighthouse scores with LCP, CLS and TBT for five pages
//   (and, with the scale run, for its /figures/ and a topic page). Bytes before first paint for
//   today's build, a build of a copy with 1,000 more figures (the scale run:
//   scripts/lib/scale-site.mjs, without drawing its share cards), and another build if given.
// Options: --no-build (measure the existing dist/), --no-lighthouse, --no-scale, --scale N (more
// figures than 1,000), --compare DIR (or BENCH_COMPARE=DIR: another build, e.g. of main, whose bytes
// and first search are measured in the same run), --baseline DIR (bytes only, instead of --compare's),
// --runs N (first searches per build). Prints; writes no results.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSettings } from './build-settings.mjs';
import { benchFirstSearch, firstSearchOptions, formatFirstSearch } from './bench/search.mjs';
import { serve } from './serve.mjs';
import { listFiles } from './lib/list-files.mjs';
import { buildScaleSite, SCALE_ROOT } from './lib/scale-site.mjs';
import { printPageBytes } from './bench/pages.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_PAGES = ['', 'figures/', 'figures/forced-labour-2021/', 'programme/', 'search/?q=27.6+million'];
const LIGHTHOUSE_SCALE_PAGES = ['figures/', 'figures/topics/scale/'];
const argv = process.argv.slice(2);
const args = new Set(argv);
/** The value after an option: --baseline DIR or --baseline=DIR. */
const option = (name) =>
  argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1) ?? (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const { outDir, base } = buildSettings(process.env);
const searchBench = firstSearchOptions(argv, process.env);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padStart(n);
const gzip = (buf) => gzipSync(buf, { level: 6 }).length;

// 1. Build
let buildMs;
if (!args.has('--no-build')) {
  const started = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  buildMs = performance.now() - started;
  console.log(`Build (content check, astro build, Pagefind): ${(buildMs / 1000).toFixed(1)} s`);
}

// 2. Pages and bytes
const all = listFiles(outDir);
const pages = all.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
const sizes = pages.map((f) => {
  const buf = readFileSync(join(outDir, f));
  return { page: f.replace(/index\.html$/, '') || '/', raw: buf.length, gzip: gzip(buf) };
});
const sum = (list, key) => list.reduce((n, x) => n + x[key], 0);
console.log(`\n${pages.length} pages: ${kb(sum(sizes, 'raw'))} raw, ${kb(sum(sizes, 'gzip'))} gzip (CSS inline, so this is HTML + CSS)`);
console.log(`${pad('raw', 9)} ${pad('gzip', 9)}  page (largest first)`);
for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`${pad(s.raw, 9)} ${pad(s.gzip, 9)}  ${s.page}`);
const assets = all.filter((f) => !f.endsWith('.html') && !f.startsWith('pagefind/'));
const assetBytes = assets.reduce((n, f) => n + statSync(join(outDir, f)).size, 0);
console.log(`Other files (scripts, data, calendars, icons): ${assets.length}, ${kb(assetBytes)} raw`);
const build = all.reduce((n, f) => n + statSync(join(outDir, f)).size, 0);
console.log(`Whole build: ${all.length} files, ${kb(build)} raw`);

// 2b. Bytes beside a baseline build and the scale run
const baseline = option('--baseline') ?? searchBench.compare;
const compared = [];
if (baseline) compared.push({ label: `baseline (${baseline.split(/[\\/]/).filter(Boolean).slice(-2).join('/')})`, dir: baseline });
compared.push({ label: 'this build', dir: outDir, ms: buildMs });
let scaleOut;
const scaleExtra = Number(option('--scale') ?? 1000);
if (!args.has('--no-scale')) {
  scaleOut = join(SCALE_ROOT, `bench-${scaleExtra}`);
  const scale = await buildScaleSite(scaleOut, { extra: scaleExtra, build: 'full' });
  if (!scale.ok) throw new Error(`the scale build failed:\n${scale.log}`);
  compared.push({ label: `${scale.figures} figures (+${scaleExtra})`, dir: scaleOut, ms: scale.ms });
}
const rows = printPageBytes(compared);
const [today, scaled] = [rows.find((r) => r.label === 'this build'), rows.find((r) => r.label.includes('(+'))];
if (today?.ms && scaled?.ms) {
  console.log(
    `Build time per extra page at scale: ${((scaled.ms - today.ms) / (scaled.count - today.count)).toFixed(1)} ms (${scaled.count - today.count} more pages; share cards not drawn in the scale run)`,
  );
}

// 3. Pagefind
const index = all.filter((f) => f.startsWith('pagefind/'));
const indexBytes = index.reduce((n, f) => n + statSync(join(outDir, f)).size, 0);
console.log(`\nPagefind index: ${index.length} files, ${kb(indexBytes)}`);

// 4. A first search on this build (and the one to compare with), then Lighthouse, against the builds served locally
console.log(`\n${formatFirstSearch(await benchFirstSearch({ dir: outDir, base, chromium: CHROMIUM, ...searchBench }))}`);

/** One Lighthouse run on a page of a served build; prints its row (asynchronous: the server runs in this process). */
async function lighthouseRow(cli, siteUrl, path, label) {
  const run = await promisify(execFile)(
    process.execPath,
    [
      cli,
      siteUrl + path,
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ).catch((error) => ({ stdout: '', stderr: String(error.stderr ?? error.message) }));
  if (!run.stdout) {
    console.log(`${label.padEnd(40)} Lighthouse failed: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`);
    return;
  }
  const lhr = JSON.parse(run.stdout);
  const score = (id) => pad(Math.round((lhr.categories[id]?.score ?? NaN) * 100), 5);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  console.log(
    `${label.padEnd(40)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')} ${pad(`${Math.round(audit('largest-contentful-paint'))} ms`, 8)} ${pad(audit('cumulative-layout-shift').toFixed(3), 6)} ${pad(`${Math.round(audit('total-blocking-time'))} ms`, 7)}`,
  );
}

if (!args.has('--no-lighthouse')) {
  const cli = join(createRequire(import.meta.url).resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  console.log(
    `\nLighthouse ${JSON.parse(readFileSync(join(cli, '..', '..', 'package.json'), 'utf8')).version} (mobile emulation, simulated throttling), ${CHROMIUM}`,
  );
  console.log(
    `${'page'.padEnd(40)} ${pad('perf', 5)} ${pad('a11y', 5)} ${pad('b-p', 5)} ${pad('seo', 5)} ${pad('LCP', 8)} ${pad('CLS', 6)} ${pad('TBT', 7)}`,
  );
  // Today's build, then the largest pages of the scale build, where a page that lists every figure would suffer.
  const runs = [{ dir: outDir, paths: LIGHTHOUSE_PAGES, prefix: '' }];
  if (scaleOut) runs.push({ dir: scaleOut, paths: LIGHTHOUSE_SCALE_PAGES, prefix: `+${scaleExtra}: ` });
  for (const { dir, paths, prefix } of runs) {
    const server = await serve({ dir, port: 0 });
    try {
      for (const path of paths) await lighthouseRow(cli, server.url, path, `${prefix}/${path}`);
    } finally {
      await server.close();
    }
  }
}
