import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeBaseLinks, { isRootRelative } from './rehype-base-links';

const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function tree(): Root {
  return {
    type: 'root',
    children: [
      el('p', {}, [
        el('a', { href: '/background/action-plan/' }, [{ type: 'text', value: 'Action Plan' }]),
        { type: 'text', value: ' and ' },
        el('a', { href: '/glossary/#participating-state' }),
      ]),
      el('a', { href: 'https://www.osce.org/cthb/43466' }),
      el('a', { href: '//cdn.example/x' }),
      el('a', { href: '#sources' }),
      el('a', { href: 'mailto:info@example.org' }),
      el('img', { src: '/figures/chart.svg', alt: '' }),
      el('table', {}, [el('tr', {}, [el('td', {}, [el('a', { href: '/figures/' })])])]),
    ],
  };
}

function hrefs(root: Root): unknown[] {
  const out: unknown[] = [];
  const visit = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      out.push(c.properties.href ?? c.properties.src);
      visit(c);
    }
  };
  visit(root);
  return out.filter((x) => x !== undefined);
}

describe('isRootRelative', () => {
  it('accepts only paths from the site root', () => {
    expect(isRootRelative('/figures/')).toBe(true);
    expect(isRootRelative('//cdn.example/')).toBe(false);
    expect(isRootRelative('https://a.test/')).toBe(false);
    expect(isRootRelative('#x')).toBe(false);
    expect(isRootRelative('figures/')).toBe(false);
  });
});

describe('rehypeBaseLinks', () => {
  it('prefixes root-relative href and src with a sub-path base, at any depth', () => {
    const root = tree();
    rehypeBaseLinks({ base: '/alliance-2023/' })(root);
    expect(hrefs(root)).toEqual([
      '/alliance-2023/background/action-plan/',
      '/alliance-2023/glossary/#participating-state',
      'https://www.osce.org/cthb/43466',
      '//cdn.example/x',
      '#sources',
      'mailto:info@example.org',
      '/alliance-2023/figures/chart.svg',
      '/alliance-2023/figures/',
    ]);
  });

  it('leaves every link as written at the root base', () => {
    const root = tree();
    rehypeBaseLinks({ base: '/' })(root);
    expect(root).toEqual(tree());
  });

  it('rewrites inside <template> content too', () => {
    const template = el('template', {});
    template.content = { type: 'root', children: [el('a', { href: '/speakers/' })] };
    const root: Root = { type: 'root', children: [template] };
    rehypeBaseLinks({ base: '/sub/' })(root);
    expect((template.content.children[0] as Element).properties.href).toBe('/sub/speakers/');
  });
});
