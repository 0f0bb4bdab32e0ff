import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableTables, tableName } from './rehype-scrollable-tables';

const el = (tagName: string, children: Element['children'] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });
const table = (...heads: string[]) =>
  el('table', [
    el('thead', [
      el(
        'tr',
        heads.map((h) => el('th', [text(h)])),
      ),
    ]),
    el('tbody', [el('tr', [el('td', [text('1')])])]),
  ]);

describe('rehypeScrollableTables', () => {
  it('wraps every table, however deep, in a focusable, named region', () => {
    const first = table('Edition', 'When');
    const second = table('Year');
    const tree: Root = { type: 'root', children: [first, el('section', [el('p', [text('x')]), second])] };
    rehypeScrollableTables()(tree);
    const wrapper = tree.children[0] as Element;
    expect(wrapper).toMatchObject({
      tagName: 'section',
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table: Edition, When' },
    });
    expect(wrapper.children[0]).toBe(first);
    const section = tree.children[1] as Element;
    expect((section.children[1] as Element).properties.ariaLabel).toBe('Table: Year');
    expect((section.children[1] as Element).children[0]).toBe(second);
  });
  it('leaves content without tables unchanged', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('x')])] };
    rehypeScrollableTables()(tree);
    expect(tree).toEqual({ type: 'root', children: [el('p', [text('x')])] });
  });
});

describe('tableName', () => {
  it('prefers the caption, then the column headings, then a plain name', () => {
    expect(tableName(el('table', [el('caption', [text(' Editions  of the\nAlliance ')]), el('tr', [el('th', [text('A')])])]))).toBe(
      'Editions of the Alliance',
    );
    expect(tableName(table('Edition', ' When '))).toBe('Table: Edition, When');
    expect(tableName(el('table', [el('tr', [el('td', [text('1')])])]))).toBe('Table');
  });
});
