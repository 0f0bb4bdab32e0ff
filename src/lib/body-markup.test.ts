import { describe, expect, it } from 'vitest';
import { bodyMarkupProblems } from './body-markup';

const lines = (found: { line?: number; message: string }[]) => found.map((p) => `line ${p.line}: ${p.message}`);
const md = (body: string, firstLine = 1) => lines(bodyMarkupProblems('content/figures/x.md', body, { mdx: false, firstLine }));
const mdx = (body: string, firstLine = 1) => lines(bodyMarkupProblems('content/background/x.mdx', body, { mdx: true, firstLine }));

describe('bodyMarkupProblems in Markdown', () => {
  it('names the line (counted in the whole file) and the construct, with the fix', () => {
    expect(bodyMarkupProblems('content/figures/x.md', 'Text.\n\n<script>alert(1)</script>\n', { mdx: false, firstLine: 12 })).toEqual([
      {
        file: 'content/figures/x.md',
        field: '',
        line: 14,
        message: 'a <script> element: remove it: the site publishes no scripts, styles, frames, forms or redirects from content',
      },
    ]);
  });

  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'a <meta http-equiv="refresh"> (a redirect)'],
    ['<img src="x" onerror="alert(1)">', 'an event handler attribute (onerror=) on <img>'],
    ['[click](javascript:alert(1))', 'a javascript: address in a Markdown link'],
    ['[click](JaVaScRiPt:alert(1))', 'a javascript: address in a Markdown link'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', 'a javascript: address in href= on <a>'],
    ['<a href="java\tscript:alert(1)">x</a>', 'a javascript: address in href= on <a>'],
    ['![x](data:image/png;base64,AAAA)', 'a data: address in a Markdown image'],
    ['<iframe src="https://evil.example/"></iframe>', 'a <iframe> element'],
    ['<p style="position:fixed">x</p>', 'a style attribute on <p>'],
    ['<form action="https://evil.example/"></form>', 'a <form> element'],
    ['<base href="https://evil.example/">', 'a <base> element'],
    ['<style>body{display:none}</style>', 'a <style> element'],
    ['[x]: javascript:alert(1)\n\n[link][x]', 'a javascript: address in a Markdown definition'],
  ])('finds %s', (body, what) => {
    expect(md(body).join('\n')).toContain(`line 1: ${what}`);
  });

  it('says nothing about ordinary Markdown, tables, abbreviations and https links', () => {
    expect(
      md(
        '## Heading\n\nA [link](https://www.osce.org/) and <abbr title="x">OSCE</abbr>.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```html\n<script>not run</script>\n```\n',
      ),
    ).toEqual([]);
  });
});

describe('bodyMarkupProblems in MDX', () => {
  it('accepts <Figure> with text attributes and MDX comments', () => {
    expect(mdx('Text <Figure id="forced-labour-2021" inline /> text.\n\n{/* a note for editors */}\n\n<Figure id="x" />\n')).toEqual([]);
  });

  it('leaves MDX code, components and syntax to mdx-usage.ts', () => {
    expect(
      mdx('import fs from "node:fs"\n\n{fs.readFileSync("/etc/passwd", "utf8")}\n\n<Figure id={x} />\n\n<Evil />\n\nexport const y = 1\n'),
    ).toEqual([]);
    expect(mdx('Only <1% of them.\n')).toEqual([]);
  });

  it('rejects HTML written as JSX that runs code, expressions in its attributes included', () => {
    const found = mdx(
      '<script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a>\n\n<img src="x" onError="alert(1)" />\n\n<a href={leak}>x</a>\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^line 1: a <script> element/),
      expect.stringMatching(/^line 3: a javascript: address in href= on <a>/),
      expect.stringMatching(/^line 5: an event handler attribute \(onerror=\) on <img>/),
      expect.stringMatching(/^line 7: an expression in the attributes of <a>/),
    ]);
  });
});
