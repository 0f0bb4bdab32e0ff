// The scale build of the site tests: a copy of the project with 1,000 more figures (scripts/lib/
// scale-site.mjs), built by Astro into dist-scale/out/. Every page that lists figures is built at
// full size; of the figures' own pages only the real figures' and the first few extra ones' (the
// rest are alike, and rendering a thousand of them would take minutes). Global setup starts it in
// the background; tests/site/scale.test.ts waits for it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScaleSite, SCALE_ROOT } from '../../../scripts/lib/scale-site.mjs';

/** Figures added to the real ones. */
export const SCALE_EXTRA = 1000;
/** Extra figures that get pages of their own (besides every real figure). */
const OWN_PAGES = 10;

export const SCALE_OUT = join(SCALE_ROOT, 'out');
const STATUS = join(SCALE_ROOT, 'status.json');

interface Status {
  ok: boolean;
  log: string;
  figures: number;
}

const stop = new AbortController();

/** Ends the scale build if it is still running (global teardown). */
export const stopScaleBuild = () => stop.abort();

/** Builds the scale site (unless SKIP_BUILD=1 and a build exists), recording the outcome in status.json. Never throws. */
export async function buildScaleSiteForTests(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(SCALE_OUT, 'index.html')) && existsSync(STATUS)) return;
  rmSync(STATUS, { force: true });
  const { ok, log, figures } = await buildScaleSite(SCALE_OUT, { extra: SCALE_EXTRA, build: 'pages', ownPages: OWN_PAGES, signal: stop.signal, site: join(SCALE_ROOT, 'site') });
  mkdirSync(SCALE_ROOT, { recursive: true });
  writeFileSync(STATUS, JSON.stringify({ ok, log, figures } satisfies Status));
}

/** Waits for the scale build started by global setup; throws with its log when it failed. */
export async function scaleBuild(timeoutMs = 900_000): Promise<{ dir: string; figures: number }> {
  const started = Date.now();
  while (!existsSync(STATUS)) {
    if (Date.now() - started > timeoutMs) throw new Error('the scale build did not finish in time');
    await new Promise((r) => setTimeout(r, 500));
  }
  const status = JSON.parse(readFileSync(STATUS, 'utf8')) as Status;
  if (!status.ok) throw new Error(`the scale build failed:\n${status.log}`);
  return { dir: SCALE_OUT, figures: status.figures };
}
