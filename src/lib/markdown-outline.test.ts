import { describe, expect, it } from 'vitest';
import { outline } from './markdown-outline';

describe('outline', () => {
  it('lists heading anchors as Astro makes them, not ids written in the text (the sanitiser removes those)', () => {
    const o = outline('## Action Plan\n\n## Action Plan\n\n### The “Plan” -- and `code`\n\nA <span id="note">note</span>.\n', false);
    expect(o.anchors).toEqual(['action-plan', 'action-plan-1', 'the-plan--and-code']);
  });

  it('lists links with their lines: inline, reference and HTML', () => {
    const o = outline('Intro.\n\nSee [a](/figures/a/#b) and <a href="/c/">c</a>.\n\n[ref]: /glossary/#term\n', false);
    expect(o.links).toEqual([
      { href: '/figures/a/#b', line: 3 },
      { href: '/c/', line: 3 },
      { href: '/glossary/#term', line: 5 },
    ]);
  });

  it('lists the components of MDX with their attributes, its code and expressions', () => {
    const o = outline('A {rough} figure {/* note */}.\n\n<Figure Id="x" inlne />\n\n<a href="/x/" id="y">x</a>\n', true);
    expect(o.expressions).toEqual([
      { value: 'rough', line: 1 },
      { value: '/* note */', line: 1 },
    ]);
    expect(o.elements).toEqual([
      {
        name: 'Figure',
        line: 3,
        attributes: [
          { name: 'Id', value: 'x' },
          { name: 'inlne', value: null },
        ],
      },
      {
        name: 'a',
        line: 5,
        attributes: [
          { name: 'href', value: '/x/' },
          { name: 'id', value: 'y' },
        ],
      },
    ]);
    expect(o.links).toEqual([{ href: '/x/', line: 5 }]);
    expect(o.anchors).toEqual([]);
    expect(outline('import X from "y"\n\nText.\n', true).code).toEqual([{ line: 1 }]);
  });

  it('gives the first syntax error of MDX with its place', () => {
    expect(outline('Text.\n\nOnly <1% of them.\n', true).error).toMatchObject({ line: 3, column: 7, rule: 'unexpected-character' });
    expect(outline('<Figure id="x">\n', true).error).toMatchObject({ line: 1, column: 1, rule: 'end-tag-mismatch' });
  });

  it('finds capitalised tags in Markdown, where components do not work', () => {
    expect(outline('Text <Figure id="x" inline /> here.\n', false).tags).toEqual([{ name: 'Figure', line: 1 }]);
  });
});
