// A rehype plugin for Markdown and MDX content: every link to another site gets
// rel="noopener noreferrer", so the linked site neither learns which page the reader came from nor
// gets a handle on this window. Links within the site are left alone. Not the npm package
// rehype-external-links (3.0.0): it replaces a link's rel instead of adding to it, matches the
// protocol case-sensitively (HTTP://… is left alone) and takes no address with leading spaces.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const REL = ['noopener', 'noreferrer'];

/** True for http(s) and protocol-relative addresses: links that leave the site. */
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^(?:https?:)?\/\//i.test(href.trim());
}

function markLink(element: Element): void {
  if (element.tagName !== 'a' || !isExternalHref(element.properties.href)) return;
  const rel = element.properties.rel ?? [];
  element.properties.rel = [...rel, ...REL.filter((token) => !rel.includes(token))];
}

export function rehypeExternalLinks() {
  return (tree: Root) => visit(tree, 'element', markLink);
}
