// Byte budgets: what a page costs on its first round trip, the JavaScript it loads, and how its
// images are served.
import { gzipSync } from 'node:zlib';
import { startTags, tags } from './html';

/** The first round trip: ~10 TCP segments of 1,460 bytes (initial congestion window). */
export const FIRST_ROUND_TRIP_BYTES = 14_600;
/** JavaScript a page other than search may load, gzip. */
export const PAGE_SCRIPT_BYTES = 4_096;
/** Our own JavaScript the search page loads, gzip. */
export const SEARCH_SCRIPT_BYTES = 6_144;
/**
 * Everything the search page runs before its first result, as a host sends it: our scripts (gzip),
 * Pagefind's pagefind.js (gzip) and its WebAssembly (compressed already). Pagefind's web worker
 * (about 12 KiB gzip more) is not loaded.
 */
export const SEARCH_RUNTIME_BYTES = 80 * 1_024;

/** Size after gzip at zlib's default level 6, a common setting for static hosts. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 6 }).length;
}

/** The stylesheets a page links to (render-blocking, so part of its critical bytes). */
export function stylesheetHrefs(html: string): string[] {
  return startTags(html, 'link')
    .filter((t) => (t.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('stylesheet') && t.attrs.href)
    .map((t) => t.attrs.href!);
}

/** The external scripts a page loads (<script src>). */
export function scriptSrcs(html: string): string[] {
  return startTags(html, 'script')
    .filter((t) => t.attrs.src)
    .map((t) => t.attrs.src!);
}

/** The modules a JavaScript module imports statically (import … from "x", import "x", export … from "x"). */
export function staticImports(js: string): string[] {
  const found = new Set<string>();
  for (const m of js.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/** Images that are not sized, not lazy or not in a modern format (AVIF, WebP, SVG). */
export function imageProblems(html: string): string[] {
  const problems: string[] = [];
  let modernSource = false;
  for (const tag of tags(html)) {
    if (tag.name === 'picture') modernSource = false;
    if (tag.end) continue;
    if (tag.name === 'source' && /^image\/(avif|webp)$/i.test(tag.attrs.type ?? '')) modernSource = true;
    if (tag.name !== 'img') continue;
    for (const attr of ['width', 'height']) if (!/^\d+$/.test(tag.attrs[attr] ?? '')) problems.push(`${tag.source} has no ${attr}`);
    if (tag.attrs.loading !== 'lazy') problems.push(`${tag.source} is not loading="lazy"`);
    const src = (tag.attrs.src ?? '').split(/[?#]/)[0]!;
    if (!modernSource && !/\.(avif|webp|svg)$/i.test(src) && !/^data:image\/(avif|webp|svg)/i.test(src)) problems.push(`${tag.source} is not AVIF, WebP or SVG`);
  }
  return problems;
}
