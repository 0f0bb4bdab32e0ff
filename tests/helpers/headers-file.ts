// What a static host sends for an address, from a _headers file: the rules as Netlify and as
// Cloudflare Pages match and merge them. The two differ in two ways that matter here: Netlify makes
// a trailing slash optional and keeps the last value of a header named in several matching blocks;
// Cloudflare Pages matches the address exactly and joins those values with ", ".
import { parseHeadersFile } from './privacy';

export type Host = 'netlify' | 'cloudflare';
export const HOSTS: Host[] = ['netlify', 'cloudflare'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The address pattern of a block as a regular expression, the way the host reads it. */
export function patternRegExp(pattern: string, host: Host): RegExp {
  if (host === 'cloudflare') {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : /^:[A-Za-z]\w*$/.test(part) ? '[^/]+' : escape(part)))
      .join('');
    return new RegExp(`^${source}$`);
  }
  // Netlify: part by part; a lone * may also match nothing, :name one part; the trailing slash is optional.
  const parts = pattern.split('/').filter(Boolean).map((part) => (part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : part.split('*').map(escape).join('(.*)')));
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** The headers (lower-case names) a host sends, by the _headers text, for a path from the site's root, e.g. "/figures/x/". */
export function headersFor(text: string, path: string, host: Host): Map<string, string> {
  const sent = new Map<string, string>();
  for (const [pattern, headers] of parseHeadersFile(text)) {
    if (!patternRegExp(pattern, host).test(path)) continue;
    for (const [name, value] of headers) sent.set(name, host === 'cloudflare' && sent.has(name) ? `${sent.get(name)}, ${value}` : value);
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
    .map((p) => p.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name?.toLowerCase() === 'frame-ancestors'))
    .filter((d): d is string[] => d !== undefined)
    .map((d) => d.slice(1).join(' '));
  if (ancestors.length === 0) return headers.has('x-frame-options') ? `only X-Frame-Options: ${headers.get('x-frame-options')}` : 'no rule';
  if (ancestors.every((a) => a === "'none'")) return 'nobody';
  if (ancestors.every((a) => a === '*')) return 'anyone';
  return `conflicting frame-ancestors: ${ancestors.join(' | ')}`;
}
