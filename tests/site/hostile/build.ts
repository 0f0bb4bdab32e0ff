// The hostile site (cases.ts), built without the content check (which would stop it: the point is
// that the build's own defences hold when the check is not run) and indexed by Pagefind within the
// build. One of
// the background builds of tests/site/builds.ts; the hostile tests wait for it with
// `await siteBuild('hostile')`.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuildStatus } from '../../helpers/build';
import { buildEnv } from '../../helpers/build-env';
import { HOSTILE_ROOT, HOSTILE_SITE, writeHostileSite } from './cases';

/** The site's config without the content check, failing loudly if the check is no longer found there. */
function withoutContentCheck(config: string): string {
  const out = config.replace(/\bcontentCheck\(\),\s*/, '');
  if (out === config) throw new Error('astro.config.mjs: contentCheck() not found, so the hostile build cannot leave it out');
  return out;
}

/** Runs a command in the hostile site, its output in a log file (no pipe to fill while setup blocks). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<{ code: number | null; log: string }> {
  const logFile = join(HOSTILE_ROOT, 'build.log');
  const fd = openSync(logFile, 'a');
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: HOSTILE_SITE, env, stdio: ['ignore', fd, fd], signal });
    child.on('error', () => undefined); // an abort; 'close' follows
    child.on('close', (code) => {
      closeSync(fd);
      done({ code, log: readFileSync(logFile, 'utf8') });
    });
  });
}

/** Writes the hostile site and builds it into outDir. Never throws: the hostile tests report a failed build. */
export async function makeHostileSite(outDir: string, signal: AbortSignal): Promise<BuildStatus> {
  rmSync(join(HOSTILE_ROOT, 'build.log'), { force: true });
  try {
    writeHostileSite(HOSTILE_SITE, { withRejected: false });
    const configPath = join(HOSTILE_SITE, 'astro.config.mjs');
    writeFileSync(configPath, withoutContentCheck(readFileSync(configPath, 'utf8')));
    const env = buildEnv(process.env, { OUT_DIR: outDir });
    const astro = await run(process.execPath, [resolve('node_modules/astro/astro.js'), 'build'], env, signal);
    return { ok: astro.code === 0, log: astro.log.slice(-4000) };
  } catch (error) {
    return { ok: false, log: String(error) };
  }
}
