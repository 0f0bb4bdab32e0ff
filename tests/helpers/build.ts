// Builds of the site for the tests. The global setup makes the build every site test reads (dist/),
// then starts the other builds the tests need (tests/site/builds.ts) in the background, one after
// another, while the tests run. A test file waits for its build with `await siteBuild('subpath')`
// (tests/helpers/site-build.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildEnv } from './build-env';

/** Where a background build goes, and the file its outcome is written to when it ends. */
export interface BuildInfo {
  outDir: string;
  statusFile: string;
}

/** The outcome of a build, as its status file holds it. */
export interface BuildStatus {
  ok: boolean;
  /** What the build wrote to stderr, for the failure message. */
  log: string;
}

/** True when SKIP_BUILD=1 and outDir holds a build to reuse. */
export const reusable = (outDir: string) => process.env.SKIP_BUILD === '1' && existsSync(`${outDir}/index.html`);

/**
 * Runs `npm run build` into outDir with the settings added to the environment. The build runs in
 * its own process group, so that `stop` ends it with the processes it started.
 */
export function build(outDir: string, env: Record<string, string> = {}): { done: Promise<BuildStatus>; stop: () => void } {
  const child = spawn('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: buildEnv(process.env, { ...env, OUT_DIR: outDir }),
    detached: true,
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const done = new Promise<BuildStatus>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, log: `${log}\n${error.message}` }));
    child.on('close', (code, signal) =>
      resolve({ ok: code === 0, log: code === 0 ? log : `${log}\nnpm run build ended with ${signal ?? `exit code ${code}`}` }),
    );
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  // Should the test runner exit first, the build ends with it.
  process.once('exit', stop);
  void done.then(() => process.off('exit', stop));
  return { done, stop };
}

/** A build for the background: either `npm run build` with settings, or a build of its own. */
export interface BackgroundBuild {
  info: BuildInfo;
  env?: Record<string, string>;
  make?: (outDir: string, signal: AbortSignal) => Promise<BuildStatus>;
  /** Directories removed before the build. */
  clean?: string[];
}

/**
 * Makes the builds one after another in the background; each writes its status file when it ends.
 * Returns a function that stops the build under way and the ones not started.
 */
export function startBuilds(builds: BackgroundBuild[]): () => void {
  const stopping = new AbortController();
  let current: (() => void) | undefined;
  for (const { info } of builds) {
    rmSync(info.statusFile, { force: true });
    mkdirSync(dirname(info.statusFile), { recursive: true });
  }
  void (async () => {
    for (const { info, env, make, clean = [] } of builds) {
      if (stopping.signal.aborted) return;
      let status: BuildStatus = { ok: true, log: '' };
      if (!reusable(info.outDir)) {
        for (const dir of [info.outDir, ...clean]) rmSync(dir, { recursive: true, force: true });
        if (make) {
          status = await make(info.outDir, stopping.signal);
        } else {
          const run = build(info.outDir, env);
          current = run.stop;
          status = await run.done;
        }
      }
      writeFileSync(info.statusFile, JSON.stringify(status));
    }
  })();
  return () => {
    stopping.abort();
    current?.();
  };
}
