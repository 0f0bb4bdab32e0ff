// Byte budgets: what a page costs on its first round trip, and the JavaScript it loads.
import { gzipSync } from 'node:zlib';
import { startTags, tokens } from './html';

/** The first round trip: ~10 TCP segments of 1,460 bytes (initial congestion window). */
export const FIRST_ROUND_TRIP_BYTES = 14_600;
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
 * Pagefind's pagefind.js (gzip) and its WebAssembly (compressed already). Pagefind's web worker is
 * not loaded.
 */
export const SEARCH_RUNTIME_BYTES = 80 * 1_024;

/** Size after gzip at zlib's default level 6, a common setting for static hosts. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** The stylesheets a page links to (render-blocking, so part of its critical bytes). */
export function stylesheetHrefs(html: string): string[] {
  return startTags(html, 'link')
    .filter((t) => tokens(t.attrs.rel).includes('stylesheet') && t.attrs.href)
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
