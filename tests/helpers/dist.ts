// Reading the built site: every HTML page in dist/, and small HTML helpers for tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/list-files.mjs';

export { listFiles };

/** Every HTML page of the build except Pagefind's files, as URL paths relative to the base ("figures/x/"). */
export function htmlPages(dir: string): { path: string; file: string; html: string }[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ path: f === 'index.html' ? '' : f.replace(/index\.html$/, ''), file: f, html: readFileSync(join(dir, f), 'utf8') }));
}

/** The content of the first <meta name|property="…"> or undefined. */
export function meta(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta[^>]+(?:name|property)="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`, 'i');
  return re.exec(html)?.[0].match(/content="([^"]*)"/)?.[1];
}

/** The addresses (<loc>) of a sitemap or sitemap index, in order. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

export function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}
