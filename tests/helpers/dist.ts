// Reading the built site: every HTML page in dist/, and small HTML helpers for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under dir, as paths relative to it, with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

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

export function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}
