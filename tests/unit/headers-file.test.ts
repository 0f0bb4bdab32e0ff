import { describe, expect, it } from 'vitest';
import { framingAllowed, headersFor, patternRegExp } from '../helpers/headers-file';

describe('patternRegExp', () => {
  it('reads splats and placeholders as Netlify does: trailing slash optional, a lone * may match nothing', () => {
    expect(patternRegExp('/:section/', 'netlify').test('/figures')).toBe(true);
    expect(patternRegExp('/:section/', 'netlify').test('/404.html')).toBe(true);
    expect(patternRegExp('/:section/', 'netlify').test('/figures/x/')).toBe(false);
    expect(patternRegExp('/figures/*/embed/', 'netlify').test('/figures/x/embed/')).toBe(true);
    expect(patternRegExp('/*', 'netlify').test('/')).toBe(true);
  });
  it('reads them as Cloudflare Pages does: the whole address, exactly', () => {
    expect(patternRegExp('/:section/', 'cloudflare').test('/figures/')).toBe(true);
    expect(patternRegExp('/:section/', 'cloudflare').test('/404.html')).toBe(false);
    expect(patternRegExp('/figures/*/embed/', 'cloudflare').test('/figures/x/embed/')).toBe(true);
    expect(patternRegExp('/figures/*/embed/', 'cloudflare').test('/figures/x/embed/index.html')).toBe(false);
  });
});

describe('headersFor and framingAllowed', () => {
  const file = `/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/figures/*/embed/\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n`;
  it('finds the conflict that a "/*" block and an embed block make on Cloudflare Pages', () => {
    const cloudflare = headersFor(file, '/figures/x/embed/', 'cloudflare');
    expect(cloudflare.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none', default-src 'self'; frame-ancestors *");
    expect(framingAllowed(cloudflare)).toBe("conflicting frame-ancestors: 'none' | *");
  });
  it('lets the later block win on Netlify', () => {
    expect(framingAllowed(headersFor(file, '/figures/x/embed/', 'netlify'))).toBe('anyone');
    expect(framingAllowed(headersFor(file, '/figures/x/', 'netlify'))).toBe('nobody');
  });
  it('says when only X-Frame-Options or nothing governs framing', () => {
    expect(framingAllowed(new Map([['x-frame-options', 'DENY']]))).toBe('only X-Frame-Options: DENY');
    expect(framingAllowed(new Map())).toBe('no rule');
  });
});
