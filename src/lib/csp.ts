// The site's Content-Security-Policy, in one place: BaseLayout prints it as a <meta> tag and
// public/_headers repeats it as a header (a test keeps the two equal).
//
// - Scripts only from our origin; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and
//   allows no JavaScript eval().
// - Styles: Astro inlines each page's stylesheet as a <style> element in <head>, so a first visit
//   needs one round trip. Those elements are allowed by their SHA-256 hashes, not by
//   'unsafe-inline': the layout prints style-src 'self', and after the build a step
//   (scripts/lib/csp-hashes.ts) hashes each page's head styles into its own <meta> policy and the
//   hashes of all pages into every policy of _headers. Style attributes and <style> elements
//   anywhere else (say, from content) stay refused. `astro dev` injects styles with JavaScript, so
//   the development server alone gets 'unsafe-inline'.
// - frame-ancestors is ignored in a <meta> policy, so only the header carries it: no site may
//   frame a page, except the embedded figures (/figures/<id>/embed/), which any site may frame.
import { createHash } from 'node:crypto';

export type CspDelivery = 'meta' | 'header';
/** Who may show the page in a frame: nobody (every page), or any site (embedded figures). */
export type CspFraming = 'nobody' | 'anyone';

const DIRECTIVES: [name: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

const FRAME_ANCESTORS: Record<CspFraming, string[]> = { nobody: ["'none'"], anyone: ['*'] };

/**
 * The policy as one string, for a <meta http-equiv> tag or for an HTTP header. `dev` allows inline
 * styles, for `astro dev` only; `framing` says who may frame the page (header only).
 */
export function contentSecurityPolicy(delivery: CspDelivery, options: { dev?: boolean; framing?: CspFraming } = {}): string {
  const directives: [string, string[]][] =
    delivery === 'header' ? [...DIRECTIVES, ['frame-ancestors', FRAME_ANCESTORS[options.framing ?? 'nobody']]] : DIRECTIVES;
  return directives
    .map(([name, sources]) => `${name} ${(name === 'style-src' && options.dev ? [...sources, "'unsafe-inline'"] : sources).join(' ')}`)
    .join('; ');
}

/** Parses a policy string into directive name → sources (for tests and checks). */
export function parseCsp(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

/** The CSP source that allows one inline stylesheet: 'sha256-…' of its exact text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The text of each <style> element in a page's <head>, in order. Styles in <body> are not listed. */
export function headStyles(html: string): string[] {
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  return [...head.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
}

/** A policy with hashes added to its style-src directive (each once, sorted), the rest unchanged. */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
  const extra = [...new Set(hashes)].sort();
  if (extra.length === 0) return policy;
  return policy
    .split(';')
    .map((part) => {
      const trimmed = part.trim();
      if (!/^style-src(\s|$)/i.test(trimmed)) return trimmed;
      const sources = trimmed.split(/\s+/).slice(1);
      return ['style-src', ...sources, ...extra.filter((h) => !sources.includes(h))].join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;

/**
 * A built page with its <meta> policy allowing the page's own head styles, and those hashes.
 * Throws when a page has head styles but no policy tag to put them in.
 */
export function hashPageStyles(html: string): { html: string; hashes: string[] } {
  const hashes = [...new Set(headStyles(html).map(styleHash))].sort();
  if (hashes.length === 0) return { html, hashes };
  if (!META.test(html)) throw new Error('a page with inline styles has no <meta http-equiv="Content-Security-Policy"> to allow them');
  return {
    html: html.replace(META, (_, open: string, policy: string, close: string) => `${open}${withStyleHashes(policy, hashes)}${close}`),
    hashes,
  };
}

/** A _headers file with the hashes added to the style-src of every Content-Security-Policy line. */
export function hashHeadersFile(text: string, hashes: readonly string[]): string {
  return text.replace(
    /^(\s+Content-Security-Policy:\s*)(.*)$/gim,
    (_, name: string, policy: string) => `${name}${withStyleHashes(policy, hashes)}`,
  );
}
