// Base-aware links for components: every internal href goes through `url()`.
import { absoluteUrl, joinBase } from '../lib/url';

const BASE = import.meta.env.BASE_URL;

export const url = (path: string) => joinBase(BASE, path);
export const canonical = (path: string, site: URL | undefined) => absoluteUrl(site?.href ?? 'http://localhost:4321', BASE, path);
export const base = BASE;
