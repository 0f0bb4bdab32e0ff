// The site's Content-Security-Policy, in one place: BaseLayout prints it as a <meta> tag and
// public/_headers repeats it as a header (a test keeps the two equal).
//
// - Scripts only from our origin; 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and
//   allows no JavaScript eval().
// - Styles: Astro inlines each page's stylesheet as a <style> element (first round trip), so
//   style-src needs 'unsafe-inline'. Hashes are not practical: the layout renders before Astro
//   inserts the stylesheet, and a static _headers file would go stale with every CSS change. No
//   page renders visitor input as HTML and scripts stay strict, so inline styles cannot be abused
//   to run code.
// - frame-ancestors is ignored in a <meta> policy, so only the header carries it: no site may
//   frame a page, except the embedded figures (/figures/<id>/embed/), which any site may frame.

export type CspDelivery = 'meta' | 'header';
/** Who may show the page in a frame: nobody (every page), or any site (embedded figures). */
export type CspFraming = 'nobody' | 'anyone';

const DIRECTIVES: [name: string, sources: string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

const FRAME_ANCESTORS: Record<CspFraming, string[]> = { nobody: ["'none'"], anyone: ['*'] };

/** The policy as one string, for a <meta http-equiv> tag or for an HTTP header. */
export function contentSecurityPolicy(delivery: CspDelivery, framing: CspFraming = 'nobody'): string {
  const directives: [string, string[]][] = delivery === 'header' ? [...DIRECTIVES, ['frame-ancestors', FRAME_ANCESTORS[framing]]] : DIRECTIVES;
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
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
