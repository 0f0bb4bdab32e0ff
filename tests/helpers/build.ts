// Builds the site with its own settings into its own folder (for example a sub-path build into
// dist-subpath/), unless SKIP_BUILD=1 and that build exists.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Vitest puts Vite's import.meta.env values (BASE_URL, MODE…) and NODE_ENV=test into the test
// process's environment; a build started from a test must not inherit them (Astro would take
// BASE_URL=/ over the base path).
const FROM_VITEST = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

export function buildInto(outDir: string, env: Record<string, string>): void {
  if (process.env.SKIP_BUILD === '1' && existsSync(`${outDir}/index.html`)) return;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !FROM_VITEST.test(key)));
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...inherited, ...env, OUT_DIR: outDir },
  });
}
