// The one extra build of the site tests: the hostile site (cases.ts), built without the content check
// (which would stop it: the point is that the build's own defences hold when the check is not run),
// and indexed by Pagefind within the build, into dist-hostile/out. Global setup starts it in the background, so it
// runs while the other site tests run; the hostile tests wait for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEnv } from '../../helpers/build-env';
import { HOSTILE_OUT, HOSTILE_ROOT, HOSTILE_SITE, writeHostileSite } from './cases';

const STATUS = join(HOSTILE_ROOT, 'status.json');

interface Status {
  ok: boolean;
  log: string;
}

/** The site's config without the content check, failing loudly if the check is no longer found there. */
function withoutContentCheck(config: string): string {
  const out = config.replace(/\bcontentCheck\(\),\s*/, '');
  if (out === config) throw new Error('astro.config.mjs: contentCheck() not found, so the hostile build cannot leave it out');
  return out;
}

let running: ChildProcess | undefined;
let stopped = false;

/** Runs a command in the hostile site, its output in a log file (no pipe to fill while setup blocks). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  const logFile = join(HOSTILE_ROOT, 'build.log');
  const fd = openSync(logFile, 'a');
  return new Promise((done) => {
    if (stopped) return done({ code: null, log: 'stopped' });
    running = spawn(command, args, { cwd: HOSTILE_SITE, env, stdio: ['ignore', fd, fd] });
    running.on('close', (code) => {
      closeSync(fd);
      running = undefined;
      done({ code, log: readFileSync(logFile, 'utf8') });
    });
  });
}

/** Ends the hostile build if it is still running (global teardown). */
export function stopHostileBuild(): void {
  stopped = true;
  running?.kill();
}

/**
 * Writes the hostile site and builds it (unless SKIP_BUILD=1 and a build exists), recording the
 * outcome in dist-hostile/status.json. Never throws: the hostile tests report a failed build.
 */
export async function buildHostileSite(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(HOSTILE_OUT, 'index.html')) && existsSync(STATUS)) return;
  rmSync(STATUS, { force: true });
  rmSync(join(HOSTILE_ROOT, 'build.log'), { force: true });
  let status: Status;
  try {
    writeHostileSite(HOSTILE_SITE, { withRejected: false });
    const configPath = join(HOSTILE_SITE, 'astro.config.mjs');
    writeFileSync(configPath, withoutContentCheck(readFileSync(configPath, 'utf8')));
    const env = buildEnv(process.env, { OUT_DIR: HOSTILE_OUT });
    const astro = await run(process.execPath, [resolve('node_modules/astro/astro.js'), 'build'], env);
    status = { ok: astro.code === 0, log: astro.log };
  } catch (error) {
    status = { ok: false, log: String(error) };
  }
  writeFileSync(STATUS, JSON.stringify(status));
}

/** Waits for the hostile build started by global setup; throws with its log when it failed. */
export async function hostileBuild(timeoutMs = 600_000): Promise<string> {
  const started = Date.now();
  while (!existsSync(STATUS)) {
    if (Date.now() - started > timeoutMs) throw new Error('the hostile build did not finish in time');
    await new Promise((r) => setTimeout(r, 500));
  }
  const status = JSON.parse(readFileSync(STATUS, 'utf8')) as Status;
  if (!status.ok) throw new Error(`the hostile build failed:\n${status.log.slice(-4000)}`);
  return HOSTILE_OUT;
}
