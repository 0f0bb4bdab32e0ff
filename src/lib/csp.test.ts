import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, parseCsp } from './csp';

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
    const embed = parseCsp(contentSecurityPolicy('header', 'anyone'));
    expect(embed.get('frame-ancestors')).toEqual(['*']);
    expect([...embed].filter(([name]) => name !== 'frame-ancestors')).toEqual([...header].filter(([name]) => name !== 'frame-ancestors'));
  });
  it('gives the header every directive of the meta tag, unchanged', () => {
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
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
