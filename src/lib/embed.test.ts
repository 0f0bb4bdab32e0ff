import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, EMBED_WIDTH, embedSnippet } from './embed';

describe('embedSnippet', () => {
  it('is one iframe with the address, a title, a size, lazy loading and a sandbox', () => {
    const snippet = embedSnippet({
      src: 'https://example.org/a/figures/x/embed/',
      title: '27.6 million: People in forced labour worldwide (2021)',
    });
    expect(snippet).toBe(
      `<iframe src="https://example.org/a/figures/x/embed/" title="27.6 million: People in forced labour worldwide (2021)" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" loading="lazy" sandbox="allow-top-navigation-by-user-activation" style="max-width:100%;border:0"></iframe>`,
    );
  });

  it('keeps a hostile title inside its attribute', () => {
    const snippet = embedSnippet({ src: 'https://example.org/?a=1&b="2"', title: "\"><script>alert(1)</script>\u202E & 'x'" });
    expect(snippet).toContain('src="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;x&#39;"');
    expect(snippet.match(/<[a-z]/g)).toEqual(['<i']);
    expect(snippet).not.toContain('\u202E');
  });
});
