// Base-aware links for components: every internal href goes through `url()`.
import { absoluteUrl, joinBase } from '../lib/url';

const BASE = import.meta.env.BASE_URL;
// Always set: astro.config.mjs takes it from SITE_URL, or the local preview's address.
const SITE = import.meta.env.SITE;

export const url = (path: string) => joinBase(BASE, path);
/** The public, absolute address of a root-relative path: canonical links, open data, calendars, sitemap. */
export const publicUrl = (path: string) => absoluteUrl(SITE, BASE, path);
export const base = BASE;
