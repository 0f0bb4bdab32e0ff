// HTML that leaves the site (a feed entry's content) must not depend on the page it was on: every
// link and image address is made absolute against the address it would have had on the site.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src'] as const;

/** `html` (a fragment) with each href and src resolved against `pageUrl`, an absolute address. */
export function absoluteLinks(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value !== 'string' || value === '') continue;
      try {
        node.properties[name] = new URL(value, pageUrl).href;
      } catch {
        delete node.properties[name];
      }
    }
  });
  return toHtml(tree);
}
