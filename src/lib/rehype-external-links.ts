// A rehype plugin for Markdown and MDX content: every link to another site gets
// rel="noopener noreferrer", so the linked site neither learns which page the reader came from nor
// gets a handle on this window. Links within the site are left alone.
import type { Element, Root, RootContent } from 'hast';

const REL = ['noopener', 'noreferrer'];

/** True for http(s) and protocol-relative addresses: links that leave the site. */
export function isExternalHref(href: unknown): boolean {
  return typeof href === 'string' && /^(?:https?:)?\/\//i.test(href.trim());
}

function visit(node: Root | RootContent): void {
  if (node.type === 'element') markLink(node);
  if ('children' in node) for (const child of node.children) visit(child);
}

function markLink(element: Element): void {
  if (element.tagName !== 'a' || !isExternalHref(element.properties.href)) return;
  const rel = element.properties.rel ?? [];
  element.properties.rel = [...rel, ...REL.filter((token) => !rel.includes(token))];
}

export function rehypeExternalLinks() {
  return (tree: Root) => visit(tree);
}
