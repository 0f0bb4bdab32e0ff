// Base-aware links for components: every internal href goes through `url()`.
import { absoluteUrl, joinBase } from '../lib/url';
import { settings } from './build-settings';

// The same settings astro.config.mjs gives Astro as `base` and `site`.
const { base: BASE, site: SITE } = settings;

export const url = (path: string) => joinBase(BASE, path);
/** The public, absolute address of a root-relative path: canonical links, open data, calendars, sitemap. */
export const publicUrl = (path: string) => absoluteUrl(SITE, BASE, path);
export const base = BASE;
