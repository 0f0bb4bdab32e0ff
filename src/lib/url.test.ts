import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase } from './url';

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
