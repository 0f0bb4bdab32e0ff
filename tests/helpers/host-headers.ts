// What a static host sends for an address by a _headers file, as Netlify and as Cloudflare Pages
// read it. Cloudflare Pages: scripts/lib/headers-file.mjs (the preview server's reading: exact
// patterns, every matching block applies, a header named twice gets both values, "! Name" drops
// one). Netlify: a trailing slash is optional and a lone "*" part may match nothing; a header named
// by several matching blocks keeps the last value; "! Name" lines are not read.
import { headersFor as cloudflareHeaders, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

export type Host = 'netlify' | 'cloudflare';
export const HOSTS: Host[] = ['netlify', 'cloudflare'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A block's address pattern as Netlify reads it. */
export function netlifyPattern(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.split('*').map(escape).join('(.*)')));
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** The headers (lower-case names) a host sends, by the _headers text, for a path from the site's root, e.g. "/figures/x/". */
export function headersFor(text: string, path: string, host: Host): Map<string, string> {
  const blocks = parseHeadersFile(text);
  if (host === 'cloudflare') return new Map([...cloudflareHeaders(blocks, path)].map(([key, h]) => [key, h.value]));
  const sent = new Map<string, string>();
  for (const block of blocks.filter((b) => netlifyPattern(b.pattern).test(path))) {
    for (const line of block.lines) if ('name' in line) sent.set(line.name.toLowerCase(), line.value);
  }
  return sent;
}

/**
 * Who may frame a response with these headers, as a browser decides: every Content-Security-Policy
 * (policies are separated by commas) must allow it, and X-Frame-Options counts only when no policy
 * names frame-ancestors. "nobody", "anyone", or the conflicting or missing rules as text.
 */
export function framingAllowed(headers: Map<string, string>): 'nobody' | 'anyone' | string {
  const policies = (headers.get('content-security-policy') ?? '').split(',').filter((p) => p.trim());
  const ancestors = policies
    .map((p) =>
      p
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([name]) => name?.toLowerCase() === 'frame-ancestors'),
    )
    .filter((d): d is string[] => d !== undefined)
    .map((d) => d.slice(1).join(' '));
  if (ancestors.length === 0) return headers.has('x-frame-options') ? `only X-Frame-Options: ${headers.get('x-frame-options')}` : 'no rule';
  if (ancestors.every((a) => a === "'none'")) return 'nobody';
  if (ancestors.every((a) => a === '*')) return 'anyone';
  return `conflicting frame-ancestors: ${ancestors.join(' | ')}`;
}
