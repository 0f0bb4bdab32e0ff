import type { Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MDX_NODE_TYPES, rehypeSanitizeBody } from './rehype-sanitize-body';

/** A Markdown body as Astro renders it: raw HTML kept, parsed by rehype-raw, then sanitised. */
async function markdown(body: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitizeBody)
    .use(rehypeStringify)
    .process(body);
  return String(file);
}

/** An MDX body up to the sanitised hast tree (MDX nodes cannot be written as HTML). */
async function mdx(body: string): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkRehype, { passThrough: [...MDX_NODE_TYPES] })
    .use(rehypeRaw, { passThrough: [...MDX_NODE_TYPES] })
    .use(rehypeSanitizeBody);
  return (await processor.run(processor.parse(body))) as Root;
}

const all = (node: Root | RootContent): (Root | RootContent)[] => [node, ...('children' in node ? node.children.flatMap(all) : [])];
const tags = (tree: Root) => all(tree).flatMap((n) => (n.type === 'element' ? [n.tagName] : 'name' in n && n.name ? [String(n.name)] : []));

describe('rehypeSanitizeBody on Markdown', () => {
  it.each([
    ['a script element', 'Text <script>alert(1)</script> more', /<script|alert/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
    ['a javascript: link as HTML, with entities', '<a href="jav&#x61;script:alert(1)">x</a>', /href/],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|href/],
    ['an onerror attribute', '<img src="x" onerror="alert(1)">', /onerror/i],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta|refresh/],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', /iframe|evil/],
    ['a style element', '<style>body{display:none}</style>', /<style|display/],
    ['a style attribute', '<p style="position:fixed;inset:0">cover</p>', /style=/],
    ['a form', '<form action="https://evil.example/"><input name="q"></form>', /<form|action=/],
    ['a base element', '<base href="https://evil.example/">', /<base/],
    ['an object', '<object data="https://evil.example/x.swf"></object>', /<object|evil/],
    ['an svg with a script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>', /<svg|alert|javascript/],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css">', /<link|evil/],
    ['a comment that hides text', 'a <!-- hidden --> b', /<!--/],
  ])('makes %s inert', async (_name, body, forbidden) => {
    expect(await markdown(body)).not.toMatch(forbidden);
  });

  it('keeps what our bodies use: links, emphasis, lists, tables, abbreviations, code, quotes', async () => {
    const body = [
      '## A heading',
      '',
      'Read the [Action Plan](/background/action-plan/) and the [report](https://www.osce.org/x "OSCE"). **Bold**, *italic*, <abbr title="Organization for Security and Co-operation in Europe">OSCE</abbr>, `code`, <mark>mark</mark>.',
      '',
      '| Area | In short |',
      '| :--- | ---: |',
      '| Prosecution | Bringing traffickers to justice |',
      '',
      '> A quotation.',
      '',
      '- one',
      '- two',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '<details><summary>More</summary>Hidden text</details>',
      '',
      'Mail [us](mailto:info@example.org).',
    ].join('\n');
    const out = await markdown(body);
    expect(out).toContain('<h2>A heading</h2>');
    expect(out).toContain('<a href="/background/action-plan/">Action Plan</a>');
    expect(out).toContain('<a href="https://www.osce.org/x" title="OSCE">report</a>');
    expect(out).toContain('<abbr title="Organization for Security and Co-operation in Europe">OSCE</abbr>');
    expect(out).toContain('<mark>mark</mark>');
    expect(out).toContain('<th align="left">Area</th>');
    expect(out).toContain('<td align="right">Bringing traffickers to justice</td>');
    expect(out).toContain('<blockquote>');
    expect(out).toContain('<code class="language-js">const x = 1;');
    expect(out).toContain('<details><summary>More</summary>Hidden text</details>');
    expect(out).toContain('<a href="mailto:info@example.org">us</a>');
  });

  it('keeps footnotes working: the reference and the note point at each other', async () => {
    const out = await markdown('A claim.[^1]\n\n[^1]: The source.');
    const ref = /<a href="#([^"]+)" id="([^"]+)"[^>]*data-footnote-ref/.exec(out);
    expect(ref).not.toBeNull();
    expect(out).toContain(`id="${ref![1]}"`);
    expect(out).toContain(`href="#${ref![2]}"`);
    expect(out).toContain('id="footnote-label"');
  });

  it('drops ids an editor writes, so none can clash with the page’s own (heading ids come later, from Astro)', async () => {
    expect(await markdown('<p id="main">x</p> <a name="search-input">y</a>')).not.toMatch(/id="main"|name=/);
  });
});

describe('rehypeSanitizeBody on MDX', () => {
  it('keeps <Figure> with its literal attributes, inline and as a block', async () => {
    const tree = await mdx('Text <Figure id="forced-labour-2021" inline /> text.\n\n<Figure id="modern-slavery-2021" />\n');
    const figures = all(tree).filter((n) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement');
    expect(
      figures.map((f) => [
        f.type,
        (f as unknown as { attributes: { name: string; value: unknown }[] }).attributes.map((a) => [a.name, a.value]),
      ]),
    ).toEqual([
      [
        'mdxJsxTextElement',
        [
          ['id', 'forced-labour-2021'],
          ['inline', null],
        ],
      ],
      ['mdxJsxFlowElement', [['id', 'modern-slavery-2021']]],
    ]);
  });

  it('drops expression attributes of a component, and expressions, imports and exports', async () => {
    const tree = await mdx(
      'import x from "node:fs"\n\nexport const y = 1\n\n{process.env.SECRET}\n\nText {1 + 1}.\n\n<Figure id="a" title={globalThis.secret} {...props} />\n',
    );
    const types = all(tree).map((n) => n.type);
    for (const t of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']) expect(types).not.toContain(t);
    const figure = all(tree).find((n) => n.type === 'mdxJsxFlowElement') as unknown as { attributes: { name: string }[] };
    expect(figure.attributes.map((a) => a.name)).toEqual(['id']);
  });

  it('sanitises HTML written as JSX and drops components it does not provide', async () => {
    const tree = await mdx(
      '<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onClick="alert(1)">x</a>\n\n<img src="x" onerror="alert(1)" />\n\n<iframe src="https://evil.example/" />\n\n<Evil>kept text</Evil>\n\n<abbr title="OSCE">OSCE</abbr>\n',
    );
    const json = JSON.stringify(tree);
    expect(json).not.toMatch(/alert|javascript|onerror|onclick|evil\.example|"Evil"/i);
    expect(tags(tree)).toEqual(expect.arrayContaining(['a', 'img', 'abbr']));
    expect(tags(tree)).not.toEqual(expect.arrayContaining(['script']));
    expect(json).toContain('kept text');
  });
});
