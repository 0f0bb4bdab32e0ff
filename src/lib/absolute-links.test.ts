import { describe, expect, it } from 'vitest';
import { absoluteLinks } from './absolute-links';

describe('absoluteLinks', () => {
  const page = 'https://example.org/alliance-2023/changes/';
  it('resolves root-relative, relative and fragment links against the page, leaving absolute ones', () => {
    expect(
      absoluteLinks(
        '<p><a href="/alliance-2023/figures/a/">a</a> <a href="../about/">b</a> <a href="#x">c</a> <a href="https://www.ilo.org/">d</a></p>',
        page,
      ),
    ).toBe(
      '<p><a href="https://example.org/alliance-2023/figures/a/">a</a> <a href="https://example.org/alliance-2023/about/">b</a> <a href="https://example.org/alliance-2023/changes/#x">c</a> <a href="https://www.ilo.org/">d</a></p>',
    );
  });
  it('resolves image sources and keeps the rest of the markup and its escaping', () => {
    expect(absoluteLinks('<p>1 &lt; 2 &amp; <img src="/x.svg" alt="x"></p>', 'https://example.org/')).toBe(
      '<p>1 &#x3C; 2 &#x26; <img src="https://example.org/x.svg" alt="x"></p>',
    );
  });
});
