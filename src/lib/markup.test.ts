import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './markup';

describe('escapeMarkup', () => {
  it('escapes the characters that end text or an attribute', () => {
    expect(escapeMarkup(`</text><script>alert("x")</script> & 'y'`)).toBe(
      '&lt;/text&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
  it('escapes an ampersand that already looks like a reference, so it shows as written', () => {
    expect(escapeMarkup('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });
  it('drops characters XML cannot hold, and keeps tabs, line breaks and every other character', () => {
    expect(escapeMarkup('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f\tg\nh é 中 😀')).toBe('abcdef\tg\nh é 中 😀');
  });
});
