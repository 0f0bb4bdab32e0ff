// Reading the built site: every HTML page in dist/, and the parts of a page several tests read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/list-files.mjs';
import { attr, first, select, text } from './html';

export { listFiles };

/** Every HTML page of the build except Pagefind's files, as URL paths relative to the base ("figures/x/"). */
export function htmlPages(dir: string): { path: string; file: string; html: string }[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => ({ path: f === 'index.html' ? '' : f.replace(/index\.html$/, ''), file: f, html: readFileSync(join(dir, f), 'utf8') }));
}

/** The content of the first <meta name="…"> or <meta property="…">, or undefined. */
export function meta(html: string, key: string): string | undefined {
  const element = select(html, 'meta').find((m) => attr(m, 'name') === key || attr(m, 'property') === key);
  return element && attr(element, 'content');
}

/** The page's canonical address (<link rel="canonical">), or undefined. */
export function canonical(html: string): string | undefined {
  const link = first(html, 'link[rel="canonical"]');
  return link && attr(link, 'href');
}

/** The addresses (<loc>) of a sitemap or sitemap index, in order. */
export function sitemapLocs(xml: string): string[] {
  return select(xml, 'loc').map((loc) => text(loc).trim());
}

export function titleOf(html: string): string | undefined {
  const title = first(html, 'title');
  return title && text(title);
}
