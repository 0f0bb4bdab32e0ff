import { describe, expect, it } from 'vitest';
import { tableOfContents, type MarkdownHeading } from './toc';

const h = (depth: number, text: string): MarkdownHeading => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('tableOfContents', () => {
  const headings = [
    h(3, 'Stray'),
    h(2, 'Adoption'),
    h(3, 'In Vienna'),
    h(4, 'Journal'),
    h(2, 'Endorsement'),
    h(2, 'Structure'),
    h(3, 'Prevention'),
  ];

  it('lists h2 sections with their h3 sub-sections in page order', () => {
    expect(tableOfContents(headings)).toEqual([
      { slug: 'adoption', text: 'Adoption', children: [{ slug: 'in-vienna', text: 'In Vienna', children: [] }] },
      { slug: 'endorsement', text: 'Endorsement', children: [] },
      { slug: 'structure', text: 'Structure', children: [{ slug: 'prevention', text: 'Prevention', children: [] }] },
    ]);
  });

  it('lists sections only when maxDepth is 2', () => {
    expect(tableOfContents(headings, { maxDepth: 2 }).flatMap((e) => [e.text, ...e.children.map((c) => c.text)])).toEqual([
      'Adoption',
      'Endorsement',
      'Structure',
    ]);
  });

  it('gives a short page no contents list', () => {
    expect(tableOfContents([h(2, 'One'), h(2, 'Two'), h(3, 'Two a')])).toEqual([]);
    expect(tableOfContents([h(2, 'One'), h(2, 'Two')], { minSections: 2 })).toHaveLength(2);
    expect(tableOfContents([])).toEqual([]);
  });
});
