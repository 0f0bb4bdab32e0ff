import { describe, expect, it } from 'vitest';
import { absoluteUrl, decodeOrKeep, joinBase } from './url';

describe('joinBase', () => {
  it('keeps root paths at the root base', () => {
    expect(joinBase('/', '/figures/')).toBe('/figures/');
    expect(joinBase('/', '/')).toBe('/');
  });
  it('prefixes a sub-path base once', () => {
    expect(joinBase('/alliance-2023/', '/figures/')).toBe('/alliance-2023/figures/');
    expect(joinBase('/alliance-2023', 'figures/')).toBe('/alliance-2023/figures/');
    expect(joinBase('/alliance-2023/', '/')).toBe('/alliance-2023/');
  });
  it('leaves absolute URLs and fragments alone', () => {
    expect(joinBase('/a/', 'https://www.osce.org/')).toBe('https://www.osce.org/');
    expect(joinBase('/a/', 'mailto:x@y.z')).toBe('mailto:x@y.z');
    expect(joinBase('/a/', '#main')).toBe('#main');
  });
});

describe('absoluteUrl', () => {
  it('builds canonical addresses under a sub-path', () => {
    expect(absoluteUrl('https://site.test', '/alliance-2023/', '/figures/')).toBe('https://site.test/alliance-2023/figures/');
    expect(absoluteUrl('https://site.test/', '/', '/')).toBe('https://site.test/');
  });
});

describe('decodeOrKeep', () => {
  it('decodes a well-formed escape and gives a malformed one back unchanged instead of throwing', () => {
    expect(decodeOrKeep('day-1')).toBe('day-1');
    expect(decodeOrKeep('format-%C3%A9')).toBe('format-é');
    expect(decodeOrKeep('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeOrKeep('%')).toBe('%');
  });
});
