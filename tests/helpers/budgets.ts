// Byte budgets: what a page costs on its first round trip, and the JavaScript it loads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { select, startTags, text, tokens } from './html';
import { pagePath, resolveLink } from './links';

/** The first round trip: ~10 TCP segments of 1,460 bytes (initial congestion window). */
export const FIRST_ROUND_TRIP_BYTES = 14_600;
/** The CSS a page carries (inline and linked), gzip: most of a page's bytes were once the same stylesheet. */
export const PAGE_CSS_BYTES = 3_000;
/**
 * The median page's critical bytes, over the pages a reader navigates (embedded figures, tiny pages
 * made for other sites' frames, left out): at most a minimal Astro blog's 6,565 B, measured on the
 * same content. The site is at about 6,440 B (8,627 B before each page got only the CSS it uses and
 * print styles moved to a print-only stylesheet).
 */
export const MEDIAN_PAGE_BYTES = 6_565;
/** JavaScript a page other than search may load, gzip. */
export const PAGE_SCRIPT_BYTES = 4_096;
/** JavaScript the search page loads before the reader searches, gzip (the header's and the search page's own). */
export const SEARCH_PAGE_SCRIPT_BYTES = 6_144;
/**
 * What the first search adds: Pagefind's script and worker (gzip) and its WebAssembly (stored
 * compressed by Pagefind, counted as stored).
 */
export const SEARCH_ENGINE_BYTES = 98_304;
/**
 * Everything the search page runs before its first result, as a host sends it: our scripts (gzip),
 * Pagefind's pagefind.js and its web worker (gzip), and its WebAssembly (compressed already). The
 * worker's ~12 KiB buy a main thread free of Pagefind's decompressing and searching.
 */
export const SEARCH_RUNTIME_BYTES = 96 * 1_024;

/** Size after gzip at zlib's default level 6, a common setting for static hosts. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** True for a `media` attribute that names print alone: a screen does not wait for that stylesheet. */
const forPrintOnly = (media: string | undefined) => media !== undefined && /^\s*print\s*$/i.test(media);

/**
 * The stylesheets a page links to that block its first paint on a screen, so part of its critical
 * bytes: all but those for print only (the browser still fetches those, at low priority).
 */
export function stylesheetHrefs(html: string): string[] {
  return startTags(html, 'link')
    .filter((t) => tokens(t.attrs.rel).includes('stylesheet') && t.attrs.href && !forPrintOnly(t.attrs.media))
    .map((t) => t.attrs.href!);
}

/** The external scripts a page loads (<script src>). */
export function scriptSrcs(html: string): string[] {
  return startTags(html, 'script')
    .filter((t) => t.attrs.src)
    .map((t) => t.attrs.src!);
}

/** Scripts that stop the page from rendering until they load: external, classic, neither deferred nor async. */
export function blockingScripts(html: string): string[] {
  return startTags(html, 'script')
    .filter((t) => t.attrs.src && t.attrs.type !== 'module' && t.attrs.defer === undefined && t.attrs.async === undefined)
    .map((t) => t.source);
}

/** The modules a JavaScript module imports statically (import … from "x", import "x", export … from "x"). */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

const local = new URL('http://site.invalid');

/** The build file a URL found in a file of the build points to; throws when there is none. */
export function buildFile(dir: string, base: string, url: string, from: string): string {
  const target = resolveLink(url, new URL(pagePath(from, base), local), base);
  if (target.kind !== 'file' || !existsSync(join(dir, target.file))) throw new Error(`${from}: ${url} is not a file of the build`);
  return target.file;
}

/**
 * What a page costs before it can render, gzip: `critical` is the HTML plus the stylesheets it links
 * (both block rendering), `css` the CSS it carries, inline and linked, compressed as one text.
 */
export function criticalBytes(dir: string, base: string, file: string, html: string): { critical: number; css: number } {
  const linked = stylesheetHrefs(html).map((href) => readFileSync(join(dir, buildFile(dir, base, href, file)), 'utf8'));
  const inline = select(html, 'style').map((s) => text(s));
  return {
    critical: gzipSize(html) + linked.reduce((sum, css) => sum + gzipSize(css), 0),
    css: gzipSize([...inline, ...linked].join('\n')),
  };
}

/** The middle value (the lower of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}
