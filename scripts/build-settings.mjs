// The build's settings, read from the environment in this one place: astro.config.mjs, the scripts
// around the build, the tests and the site's own code (src/data/build-settings.ts) all take them here.
//   SITE_URL           the public origin, e.g. https://alliance.example.org (default: the local preview)
//   BASE_PATH          the sub-path the site is served under, e.g. /alliance-2023/ (default: /)
//   OUT_DIR            where the build goes (default: dist)
//   PORT               the preview server's port (default: 4321)
//   REPOSITORY_URL     the repository, for edit links and the footer link (default: none)
//   REPOSITORY_BRANCH  the branch edit links open (default: main, in src/lib/edit-url.ts)
//   BUILD_DATE         pins the moment of the build (ISO 8601), which decides the conference's status
//   CARD_CACHE_DIR     where drawn share cards are kept (default: node_modules/.cache/social-cards)
import { join } from 'node:path';

/** @param {string | undefined} raw */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** @param {string | undefined} raw */
const optional = (raw) => (raw?.trim() ? raw.trim() : undefined);

/** @param {string | undefined} raw */
function buildDate(raw) {
  const pinned = optional(raw);
  const date = pinned ? new Date(pinned) : new Date();
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE must be an ISO date such as 2023-04-01, got "${pinned}"`);
  return date;
}

/** @param {Record<string, string | undefined>} env */
export function buildSettings(env) {
  const port = Number(env.PORT ?? 4321);
  const site = (env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+$/.test(site)) {
    throw new Error(
      `SITE_URL must be an origin such as https://alliance.example.org, without a path; found "${site}". Put a sub-path in BASE_PATH.`,
    );
  }
  return {
    site,
    base: normaliseBase(env.BASE_PATH),
    outDir: env.OUT_DIR ?? 'dist',
    port,
    repositoryUrl: optional(env.REPOSITORY_URL),
    repositoryBranch: optional(env.REPOSITORY_BRANCH),
    buildDate: buildDate(env.BUILD_DATE),
    cardCacheDir: env.CARD_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'social-cards'),
  };
}
