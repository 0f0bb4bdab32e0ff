import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects. Unit tests (src/lib, scripts, checking functions) run in parallel threads that keep
// modules loaded between files. Site tests run against one build served locally and one Chromium,
// both started once by tests/site/global-setup.ts; each file connects on its own, so files run in
// parallel too, and the browser files open a few pages at a time (maxConcurrency).
export default defineConfig({
  test: {
    // Vitest's default leaves one core idle; the site tests wait on Chromium much of the time.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          pool: 'threads',
          isolate: false,
          // Seconds on an idle machine; a loaded one can take several times longer for the content checks.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          pool: 'forks',
          maxConcurrency: 4,
          // Generous: the background builds share the machine with the browser tests, and CI machines are busy.
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
