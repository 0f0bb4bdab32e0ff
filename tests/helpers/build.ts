// Builds the site with its own settings into its own folder (for example a sub-path build into
// dist-subpath/), unless SKIP_BUILD=1 and that build exists.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildEnv } from './build-env';

export function buildInto(outDir: string, env: Record<string, string>): void {
  if (process.env.SKIP_BUILD === '1' && existsSync(`${outDir}/index.html`)) return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnv(process.env, { ...env, OUT_DIR: outDir }),
  });
}
