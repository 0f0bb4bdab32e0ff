// The model of the two hosts' readings that tests/site/share.test.ts checks _headers against.
import { describe, expect, it } from 'vitest';
import { framingAllowed, headersFor, netlifyPattern } from '../helpers/host-headers';

describe('netlifyPattern', () => {
  it('makes the trailing slash optional, lets a lone * match nothing and a placeholder one part', () => {
    expect(netlifyPattern('/:section/').test('/figures')).toBe(true);
    expect(netlifyPattern('/:section/').test('/404.html')).toBe(true);
    expect(netlifyPattern('/:section/').test('/figures/x/')).toBe(false);
    expect(netlifyPattern('/figures/*/embed/').test('/figures/x/embed/')).toBe(true);
    expect(netlifyPattern('/*').test('/')).toBe(true);
  });
});

describe('headersFor and framingAllowed', () => {
  const file = `/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/figures/*/embed/\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n`;

  it('finds the conflict that a "/*" block and an embed block make on Cloudflare Pages', () => {
    const cloudflare = headersFor(file, '/figures/x/embed/', 'cloudflare');
    expect(cloudflare.get('content-security-policy')).toBe(
      "default-src 'self'; frame-ancestors 'none', default-src 'self'; frame-ancestors *",
    );
    expect(framingAllowed(cloudflare)).toBe("conflicting frame-ancestors: 'none' | *");
  });

  it('lets the later block win on Netlify, where X-Frame-Options stays', () => {
    const netlify = headersFor(file, '/figures/x/embed/', 'netlify');
    expect(framingAllowed(netlify)).toBe('anyone');
    expect(netlify.get('x-frame-options')).toBe('DENY');
    expect(framingAllowed(headersFor(file, '/figures/x/', 'netlify'))).toBe('nobody');
  });

  it('ignores "! Name" on Netlify, which Cloudflare Pages reads as dropping the header', () => {
    const detach = `${file}  ! X-Frame-Options\n`;
    expect(headersFor(detach, '/figures/x/embed/', 'cloudflare').has('x-frame-options')).toBe(false);
    expect(headersFor(detach, '/figures/x/embed/', 'netlify').get('x-frame-options')).toBe('DENY');
  });

  it('says when only X-Frame-Options or nothing governs framing', () => {
    expect(framingAllowed(new Map([['x-frame-options', 'DENY']]))).toBe('only X-Frame-Options: DENY');
    expect(framingAllowed(new Map())).toBe('no rule');
  });
});
