import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { isExternalHref, rehypeExternalLinks } from './rehype-external-links';

const link = (href: string, rel?: string[]): Element => {
  const properties: Element['properties'] = { href };
  if (rel !== undefined) properties.rel = rel;
  return { type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: 'x' }] };
};

function run(...children: Element[]): Element[] {
  const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] };
  rehypeExternalLinks()(tree);
  return children;
}

describe('rehypeExternalLinks', () => {
  it('adds noopener and noreferrer to links to other sites, however deep', () => {
    const [a, b] = run(link('https://www.osce.org/cthb/43466'), link('//example.org/x'));
    expect(a!.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(b!.properties.rel).toEqual(['noopener', 'noreferrer']);
  });
  it('keeps existing rel tokens and does not repeat them', () => {
    const [a, b] = run(link('http://a.test/', ['nofollow', 'noopener']), link('https://b.test/', ['external', 'noreferrer']));
    expect(a!.properties.rel).toEqual(['nofollow', 'noopener', 'noreferrer']);
    expect(b!.properties.rel).toEqual(['external', 'noreferrer', 'noopener']);
  });
  it('leaves internal links, fragments, mail links and other elements alone', () => {
    const img: Element = { type: 'element', tagName: 'img', properties: { src: 'https://a.test/i.png' }, children: [] };
    const [a, b, c, d] = run(link('/figures/'), link('#main'), link('mailto:x@y.z'), img);
    for (const el of [a, b, c, d]) expect(el!.properties.rel).toBeUndefined();
  });
});

describe('isExternalHref', () => {
  it('recognises http, https and protocol-relative addresses only', () => {
    expect(['https://a.test', 'HTTP://a.test/', '//a.test/x', ' https://a.test'].map(isExternalHref)).toEqual([true, true, true, true]);
    expect(['/x/', 'x/', '#a', 'mailto:a@b.c', 'javascript:void 0', undefined].map(isExternalHref)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
