// The link check knows a page's anchors without rendering it (src/lib/markdown-outline.ts). Here its
// heading ids are compared with those Astro's own Markdown pipeline gives, on every content file and
// on headings chosen to be awkward: the two must not drift apart.
import { readFileSync } from 'node:fs';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as ToHastOptions } from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/list-files.mjs';
import { parseContentFile } from '../../src/lib/content-file';
import { outline } from '../../src/lib/markdown-outline';

const TO_HAST: ToHastOptions = {
  allowDangerousHtml: true,
  passThrough: ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'],
};

/** Heading ids as Astro's Markdown and MDX pipelines make them (remark, smartypants, rehypeHeadingIds). */
async function astroHeadingIds(body: string, isMdx: boolean): Promise<string[]> {
  const file = new VFile({ path: isMdx ? 'x.mdx' : 'x.md', value: body });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(isMdx ? [remarkMdx] : [])
    .use(remarkRehype, TO_HAST)
    .use(rehypeHeadingIds);
  await processor.run(processor.parse(file), file);
  return ((file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings ?? []).map((h) => h.slug);
}

const headingsOnly = (body: string, isMdx: boolean) => {
  const o = outline(body, isMdx);
  const count = [...body.matchAll(/^#{1,6} /gm)].length;
  return o.anchors.slice(0, count);
};

const AWKWARD = [
  '## The “Plan” -- and `code`',
  "## What's new... and what's not --- yet",
  '## Action Plan\n\n## Action Plan',
  '## A *stressed* and **strong** [link](/x/) heading',
  '## 2023: the year (in brief)!',
  '## Über Ämter & Co.',
  '## Trailing dash -',
].join('\n\nText.\n\n');

describe('heading ids for the link check', () => {
  it('match Astro on awkward headings', async () => {
    expect(headingsOnly(AWKWARD, false)).toEqual(await astroHeadingIds(AWKWARD, false));
    expect(headingsOnly(AWKWARD, true)).toEqual(await astroHeadingIds(AWKWARD, true));
  });

  it('match Astro on every content file', { timeout: 60_000 }, async () => {
    const files = listFiles('content').filter((f) => /\.mdx?$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const parsed = parseContentFile(readFileSync(`content/${f}`, 'utf8'), 'markdown');
      if (!parsed.ok) throw new Error(`content/${f}: ${parsed.message}`);
      const isMdx = f.endsWith('.mdx');
      expect(headingsOnly(parsed.body, isMdx), f).toEqual(await astroHeadingIds(parsed.body, isMdx));
    }
  });
});
