// The builds the site tests need besides the main one (dist/, built with the environment's
// settings). Each goes into dist-<name>/ with its settings added to the environment. The global
// setup starts them in the background, one after another, when a test file that uses them is part
// of the run; that file waits for its build with `await siteBuild('<name>')` (tests/helpers/build.ts).
export interface ExtraBuild {
  /** Settings added to the environment of `npm run build`. */
  env: Record<string, string>;
  /** The test files that wait for this build, from the repository root. */
  usedBy: string[];
  /** Only meaningful when built now: not made with SKIP_BUILD=1, even when no copy exists. */
  fresh?: boolean;
}

export const EXTRA_BUILDS: Record<string, ExtraBuild> = {
  /** The site under a sub-path, with edit links. */
  subpath: {
    env: {
      BASE_PATH: '/alliance-2023/',
      SITE_URL: 'https://alliance.example.org',
      REPOSITORY_URL: 'https://github.com/example-org/alliance-2023',
      REPOSITORY_BRANCH: 'main',
    },
    usedBy: ['tests/site/subpath.test.ts'],
  },
  /** The main build made again, to compare byte for byte. */
  again: { env: {}, usedBy: ['tests/site/determinism.test.ts'], fresh: true },
};
