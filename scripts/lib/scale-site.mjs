// The site at scale: a temporary copy of the project whose content has extra figures, made from the
// real ones (cycled, with new ids, titles and numbers, valid against the schemas and the reference
// rules), built into its own folder. `npm run bench -- --scale N` and the scale test use it to show
// that every page stays within its byte budget, and that the build stays linear, at any size.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

/** Everything for the scale builds lives here (git ignores dist-*). */
export const SCALE_ROOT = resolve('dist-scale');

/** What a copy of the project needs to build (node_modules is found in the folders above it). */
const PROJECT_ENTRIES = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;

/** A number as a figure shows it: "12,345", "61%", "US$150,000,000", "3.5". */
function display(value, unit) {
  const digits = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (unit === 'percent') return `${digits}%`;
  if (unit === 'usd') return `US$${digits}`;
  return digits;
}

/** The n-th value made from a real one: a few per cent apart, a percentage never above 100. */
function scaledValue(value, unit, n) {
  const scaled = Math.round(value * (1 + ((n % 9) + 1) / 100) * 100) / 100;
  return unit === 'percent' && scaled > 100 ? value : scaled;
}

/**
 * The text of extra figure number n (1-based), made from a real figure's file: a new id, title and
 * value; not a headline (so without the OSCE's quoted claim), without the search-only spellings.
 * Its body and related figures are the original's, so every link in it still leads somewhere.
 */
export function extraFigure(text, id, n) {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`content/figures/${id}.md: no frontmatter to copy`);
  const doc = parseDocument(match[1]);
  const unit = doc.get('unit');
  const value = scaledValue(Number(doc.get('value')), unit, n);
  doc.set('title', `${doc.get('title')} (scale test copy ${n})`);
  doc.set('value', value);
  doc.set('display', display(value, unit));
  for (const field of ['headline', 'claim', 'aliases']) doc.delete(field);
  return `---\n${doc.toString().trimEnd()}\n---\n${text.slice(match[0].length)}`;
}

/** The id of extra figure n, made from the real figure `id`: forced-labour-2021-copy-0042. */
export const extraId = (id, n) => `${id}-copy-${String(n).padStart(4, '0')}`;

/**
 * Copies the project into `site` (replacing what was there) and adds `extra` figures to its
 * content/figures, cycling through the real ones in file-name order. Returns the ids added.
 */
export function writeScaleSite(site, extra, project = process.cwd()) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const entry of PROJECT_ENTRIES) cpSync(join(project, entry), join(site, entry), { recursive: true });
  const dir = join(site, 'content/figures');
  const originals = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ id: f.slice(0, -3), text: readFileSync(join(dir, f), 'utf8') }));
  const ids = [];
  for (let n = 1; n <= extra; n++) {
    const { id, text } = originals[(n - 1) % originals.length];
    const newId = extraId(id, n);
    writeFileSync(join(dir, `${newId}.md`), extraFigure(text, id, n));
    ids.push(newId);
  }
  return ids;
}

/** The whole build (content check, Astro, search index), or Astro's alone (what a byte measurement needs). */
const BUILDS = { full: ['npm', ['run', 'build', '--silent']], pages: ['npx', ['--no-install', 'astro', 'build']] };

/**
 * Runs a build in `cwd`, its output into a log file (a pipe could fill and stall the build while the
 * caller's event loop is busy, as in the site tests' global setup).
 */
function run(cwd, env, logFile, signal, build) {
  const [command, args] = BUILDS[build];
  const fd = openSync(logFile, 'w');
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd], detached: true });
    const stop = () => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGTERM');
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    process.once('exit', stop);
    child.on('error', () => undefined); // 'close' follows
    child.on('close', (code) => {
      process.off('exit', stop);
      signal?.removeEventListener('abort', stop);
      closeSync(fd);
      done({ code, log: readFileSync(logFile, 'utf8') });
    });
  });
}

/** Environment variables that Vitest sets and that must not reach a build (see tests/helpers/build-env.ts). */
const TEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

/**
 * Writes a copy of the project with `extra` more figures and builds it into `outDir`: `build: 'full'`
 * runs `npm run build` (content check, Astro, search index), `'pages'` Astro alone. The figures'
 * share cards are not drawn (SHARE_CARDS=off: the pages are the same, and a thousand new cards
 * would take minutes) unless `env` says otherwise. With `ownPages: n`, only the real figures and the
 * first n extra ones get pages of their own (FIGURE_PAGES): every page that lists figures is built
 * at full size, without rendering a thousand figure pages alike. Never throws: resolves with whether it worked,
 * the end of its log, how long the build took (without the copying) and how many figures it has.
 *
 * @param {string} outDir
 * @param {{ extra?: number, build?: 'full' | 'pages', ownPages?: number, signal?: AbortSignal, site?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<{ ok: boolean, log: string, ms: number, figures: number }>}
 */
export async function buildScaleSite(
  outDir,
  { extra = 1000, build = 'full', ownPages, signal, site = join(SCALE_ROOT, `site-${extra}`), env = {} } = {},
) {
  try {
    const added = writeScaleSite(site, extra);
    const ids = readdirSync(join(site, 'content/figures'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    const figures = ids.length;
    if (ownPages !== undefined) {
      const extraIds = new Set(added);
      env = { FIGURE_PAGES: [...ids.filter((id) => !extraIds.has(id)), ...added.slice(0, ownPages)].join(','), ...env };
    }
    const clean = { ...process.env };
    for (const key of TEST_ENV) delete clean[key];
    rmSync(resolve(outDir), { recursive: true, force: true });
    const started = performance.now();
    const { code, log } = await run(
      site,
      { ...clean, SHARE_CARDS: 'off', ...env, OUT_DIR: resolve(outDir) },
      join(site, 'build.log'),
      signal,
      build,
    );
    const ms = performance.now() - started;
    return { ok: code === 0 && added.length === extra, log: log.slice(-4000), ms, figures };
  } catch (error) {
    return { ok: false, log: String(error), ms: 0, figures: 0 };
  }
}
