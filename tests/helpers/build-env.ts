// The environment for building the site from inside Vitest. Vitest copies Vite's import.meta.env
// values into process.env (BASE_URL "/", MODE "test", DEV, PROD, SSR, NODE_ENV "test"); passed on
// to `astro build`, they override the build's own, and BASE_URL "/" silently drops BASE_PATH
// from every url(). The build gets the environment without them.
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

export function buildEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of VITEST_ENV) delete clean[key];
  return { ...clean, ...extra };
}
