import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashHeadersFile, hashPageStyles, headStyles, parseCsp, styleHash, withStyleHashes } from './csp';

describe('contentSecurityPolicy', () => {
  const meta = parseCsp(contentSecurityPolicy('meta'));
  const header = parseCsp(contentSecurityPolicy('header'));

  it('allows only our own origin by default', () => {
    expect(meta.get('default-src')).toEqual(["'self'"]);
  });
  it('allows scripts from our origin and WebAssembly for Pagefind, nothing inline and no eval', () => {
    expect(meta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy('meta')).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|\*|https?:|data:/);
  });
  it('blocks plugins, base rewriting and forms to other sites', () => {
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'self'"]);
    expect(meta.get('form-action')).toEqual(["'self'"]);
  });
  it('keeps frame-ancestors out of the meta tag, where browsers ignore it, and in the header', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('lets any site frame an embedded figure, and changes nothing else', () => {
    const embed = parseCsp(contentSecurityPolicy('header', { framing: 'anyone' }));
    expect(embed.get('frame-ancestors')).toEqual(['*']);
    expect([...embed].filter(([name]) => name !== 'frame-ancestors')).toEqual([...header].filter(([name]) => name !== 'frame-ancestors'));
  });
  it('gives the header every directive of the meta tag, unchanged', () => {
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
  });
  it("allows no inline style by default: 'unsafe-inline' is for the development server alone", () => {
    expect(meta.get('style-src')).toEqual(["'self'"]);
    expect(header.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy('meta')).not.toContain('unsafe-inline');
    expect(parseCsp(contentSecurityPolicy('meta', { dev: true })).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
  it('is one line with no quotes that would break an HTML attribute or a header', () => {
    for (const policy of [contentSecurityPolicy('meta'), contentSecurityPolicy('header')]) expect(policy).not.toMatch(/["\n\r<>]/);
  });
});

describe('parseCsp', () => {
  it('reads directives case-insensitively and keeps the first of duplicates, as browsers do', () => {
    const p = parseCsp("Default-Src 'self'; img-src 'self' data: ; default-src *");
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('style hashes', () => {
  const page = (styles: string[], body = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('meta')}">${styles.map((c) => `<style>${c}</style>`).join('')}</head><body>${body}</body></html>`;

  it('hashes a stylesheet as browsers do: SHA-256 of its UTF-8 text, in base64', () => {
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHash('a{content:"–"}')).not.toBe(styleHash('a{content:"-"}'));
  });

  it('finds the styles of <head> only: a <style> in the body is never blessed', () => {
    expect(headStyles(page(['a{}', 'b{}'], '<style>body{display:none}</style>'))).toEqual(['a{}', 'b{}']);
  });

  it("adds a page's own hashes to the style-src of its <meta> policy, leaving the rest alone", () => {
    const { html, hashes } = hashPageStyles(page(['b{}', 'a{}', 'a{}']));
    expect(hashes).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
    const policy = parseCsp(/content="([^"]*)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))![1]!);
    expect(policy.get('style-src')).toEqual(["'self'", ...hashes]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(html.replace(/ 'sha256-[^']+'/g, '')).toBe(page(['b{}', 'a{}', 'a{}']));
  });

  it('leaves a page without inline styles as it is, and refuses one with styles but no policy', () => {
    expect(hashPageStyles(page([])).html).toBe(page([]));
    expect(() => hashPageStyles('<html><head><style>a{}</style></head></html>')).toThrow(/no <meta http-equiv="Content-Security-Policy">/);
  });

  it('adds every hash to each Content-Security-Policy of _headers, once', () => {
    const text = `/*\n  Content-Security-Policy: ${contentSecurityPolicy('header')}\n  X-Frame-Options: DENY\n/figures/*/embed/\n  Content-Security-Policy: style-src 'self'; frame-ancestors *\n`;
    const hashed = hashHeadersFile(text, [styleHash('b{}'), styleHash('a{}'), styleHash('a{}')]);
    const policies = [...hashed.matchAll(/Content-Security-Policy: (.*)/g)].map((m) => parseCsp(m[1]!).get('style-src'));
    expect(policies).toEqual([
      ["'self'", ...[styleHash('a{}'), styleHash('b{}')].sort()],
      ["'self'", ...[styleHash('a{}'), styleHash('b{}')].sort()],
    ]);
    expect(hashed).toContain('  X-Frame-Options: DENY\n');
    expect(withStyleHashes("default-src 'self'", [styleHash('a{}')])).toBe("default-src 'self'");
  });
});
