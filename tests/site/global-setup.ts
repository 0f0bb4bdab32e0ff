// Once per test run: builds the site (unless SKIP_BUILD=1 and a build exists), serves it on a free
// port, starts the one Chromium that every test file connects to, and starts in the background the
// builds of tests/site/builds.ts that the test files of this run use. Tests read these with
// `inject(...)`, through tests/helpers/browser.ts and tests/helpers/build.ts.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { buildSettings } from '../../scripts/build-settings.mjs';
import { launchServer } from '../helpers/chromium';
import { build, reusable, startBuilds, type BuildInfo } from '../helpers/build';
import { EXTRA_BUILDS } from './builds';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The main build served locally, with its base, e.g. http://127.0.0.1:40123/. */
    siteUrl: string;
    outDir: string;
    base: string;
    /** Where test files connect to the run's Chromium. */
    browserEndpoint: string;
    /** The background builds of this run, by name. */
    builds: Record<string, BuildInfo>;
  }
}

export default async function setup(project: TestProject) {
  const { outDir, base } = buildSettings(process.env);
  if (!reusable(outDir)) {
    const main = await build(outDir).done;
    if (!main.ok) throw new Error(`The build failed:\n${main.log}`);
  }

  // The files this run will test (the whole project when that is not known).
  const files = project.vitest.state.getPaths().map((f) => resolve(f));
  const inRun = (file: string) => files.length === 0 || files.includes(resolve(file));
  const builds = Object.entries(EXTRA_BUILDS)
    .filter(([, b]) => b.usedBy.some(inRun) && !(b.fresh && process.env.SKIP_BUILD === '1'))
    .map(([name, b]) => ({
      name,
      env: b.env,
      make: b.make,
      clean: b.clean,
      info: { outDir: b.outDir ?? `dist-${name}`, statusFile: resolve('test-results', `build-${name}.json`) },
    }));
  const stopBuilds = startBuilds(builds);

  const [server, browser] = await Promise.all([serve({ dir: outDir, base, port: 0 }), launchServer()]);
  project.provide('siteUrl', server.url);
  project.provide('outDir', outDir);
  project.provide('base', base);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('builds', Object.fromEntries(builds.map((b) => [b.name, b.info])));
  return async () => {
    stopBuilds();
    await Promise.all([server.close(), browser.close()]);
  };
}
