// The builds the site tests need besides the main one (dist/, built with the environment's
// settings). The global setup makes them in the background, one after another in this order, when a
// test file that uses them is part of the run; that file waits for its build with
// `const dir = await siteBuild('<name>')` (tests/helpers/site-build.ts). The hostile build comes
// first: its test file is among the first to start (with no timings cached, Vitest starts the
// largest files first) and holds a worker while it waits.
import type { BuildStatus } from '../helpers/build';
import { HOSTILE_OUT } from './hostile/cases';
import { makeHostileSite } from './hostile/build';
import { makeScaleSite, SCALE_OUT } from './scale/build';

const AGAIN_CARD_CACHE = 'test-results/card-cache-again';

export interface ExtraBuild {
  /** The test files that wait for this build, from the repository root. */
  usedBy: string[];
  /** Settings added to the environment of `npm run build`, for a build of this repository. */
  env?: Record<string, string>;
  /** A build of another kind instead: makes outDir, resolves with the outcome. */
  make?: (outDir: string, signal: AbortSignal) => Promise<BuildStatus>;
  /** Where the build goes; dist-<name> by default. */
  outDir?: string;
  /** Only meaningful when built now: not made with SKIP_BUILD=1, even when no copy exists. */
  fresh?: boolean;
  /** Directories removed before the build, e.g. a cache it must not find. */
  clean?: string[];
}

export const EXTRA_BUILDS: Record<string, ExtraBuild> = {
  /** A site of hostile content files, built without the content check (hostile/cases.ts). */
  hostile: { usedBy: ['tests/site/hostile-content.test.ts'], make: makeHostileSite, outDir: HOSTILE_OUT },
  /** The site under a sub-path, with edit links. */
  subpath: {
    usedBy: ['tests/site/subpath.test.ts'],
    env: {
      BASE_PATH: '/alliance-2023/',
      SITE_URL: 'https://alliance.example.org',
      REPOSITORY_URL: 'https://github.com/example-org/alliance-2023',
      REPOSITORY_BRANCH: 'main',
    },
  },
  /** A copy with 1,000 more figures, for the byte budgets at scale (scale/build.ts). */
  scale: { usedBy: ['tests/site/scale.test.ts'], make: makeScaleSite, outDir: SCALE_OUT },
  /** The main build made again, to compare byte for byte: with an empty card cache, so that the
   * share images are drawn again rather than copied. */
  again: {
    usedBy: ['tests/site/determinism.test.ts'],
    env: { CARD_CACHE_DIR: AGAIN_CARD_CACHE },
    clean: [AGAIN_CARD_CACHE],
    fresh: true,
  },
};
