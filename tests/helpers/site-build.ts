// A test file waits here for a build that the global setup started in the background
// (tests/site/builds.ts), e.g. `const dir = await siteBuild('subpath')` in beforeAll.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { BuildStatus } from './build';

/** Waits for the named build to end; returns its output directory, or throws with its log. */
export async function siteBuild(name: string, timeoutMs = 300_000): Promise<string> {
  const info = inject('builds')[name];
  if (!info) throw new Error(`The build "${name}" was not started: is it in tests/site/builds.ts, with this file in its usedBy?`);
  for (const started = Date.now(); !existsSync(info.statusFile); await sleep(200)) {
    if (Date.now() - started > timeoutMs) throw new Error(`The ${name} build did not finish in ${timeoutMs / 1000} s`);
  }
  const status = JSON.parse(readFileSync(info.statusFile, 'utf8')) as BuildStatus;
  if (!status.ok) throw new Error(`The ${name} build failed:\n${status.log}`);
  return info.outDir;
}
