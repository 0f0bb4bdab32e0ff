import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of src/lib and scripts, and tests against a real build served
// locally and opened in Chromium. Site test files run one at a time: they share one server and the
// machine's two cores.
export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
