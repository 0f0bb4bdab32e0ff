// Builds the site once (unless SKIP_BUILD=1 and a build exists), serves it on a free port and hands
// the address to every test in tests/site via `inject('siteUrl')`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { buildSettings } from '../../scripts/build-settings.mjs';
import { buildEnv } from '../helpers/build-env';
import { buildHostileSite, stopHostileBuild } from './hostile/build';
import { buildScaleSiteForTests, stopScaleBuild } from './scale/build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    outDir: string;
    base: string;
  }
}

export default async function setup(project: TestProject) {
  const { outDir, base } = buildSettings(process.env);
  // The hostile-content build runs beside the main build and the tests that follow it.
  const hostile = buildHostileSite();
  // So does the build with 1,000 more figures (tests/site/scale.test.ts).
  const scale = buildScaleSiteForTests();
  if (!(process.env.SKIP_BUILD === '1' && existsSync(`${outDir}/index.html`))) {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv(process.env) });
  }
  const server = await serve({ dir: outDir, base, port: 0 });
  project.provide('siteUrl', server.url);
  project.provide('outDir', outDir);
  project.provide('base', base);
  return async () => {
    stopHostileBuild();
    stopScaleBuild();
    await Promise.all([hostile, scale]);
    await server.close();
  };
}
