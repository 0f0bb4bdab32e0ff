// Build settings read from the environment, shared by astro.config.mjs and the scripts around the build.
//   SITE_URL   the public origin, e.g. https://alliance.example.org (default: the local preview)
//   BASE_PATH  the sub-path the site is served under, e.g. /alliance-2023/ (default: /)
//   OUT_DIR    where the build goes (default: dist)
//   PORT       the preview server's port (default: 4321)

/** @param {string | undefined} raw */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** @param {Record<string, string | undefined>} env */
export function buildSettings(env) {
  const port = Number(env.PORT ?? 4321);
  const site = (env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+$/.test(site)) {
    throw new Error(`SITE_URL must be an origin such as https://alliance.example.org, without a path; found "${site}". Put a sub-path in BASE_PATH.`);
  }
  return { site, base: normaliseBase(env.BASE_PATH), outDir: env.OUT_DIR ?? 'dist', port };
}
