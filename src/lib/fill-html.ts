/**
 * Fills {figure-id} and {value.name} references into HTML that Markdown became (a section page's
 * introduction), in its text only: never inside a tag, an attribute, code or a script. The HTML is
 * parsed and written again by hast, so the words filled in are escaped as text, whatever they hold.
 * A figure inside an existing link shows its value without a second link.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent, Root, RootContent } from 'hast';
import { splitPieces } from './inline-text';

export interface HtmlResolvers {
  /** A figure's value and its link; undefined leaves the reference as written. */
  figure: (id: string) => { display: string; href: string; title: string } | undefined;
  /** A value to fill in; undefined leaves the reference as written. */
  value: (name: string) => string | undefined;
}

const SKIP = new Set(['code', 'pre', 'script', 'style', 'template', 'textarea']);

function fill(text: string, resolve: HtmlResolvers, inLink: boolean): ElementContent[] {
  return splitPieces(text).map((p): ElementContent => {
    if ('text' in p) return { type: 'text', value: p.text };
    if ('value' in p) return { type: 'text', value: resolve.value(p.value) ?? `{${p.value}}` };
    const f = resolve.figure(p.figure);
    if (!f) return { type: 'text', value: `{${p.figure}}` };
    if (inLink) return { type: 'text', value: f.display };
    return { type: 'element', tagName: 'a', properties: { href: f.href, title: f.title }, children: [{ type: 'text', value: f.display }] };
  });
}

function walk(nodes: RootContent[], resolve: HtmlResolvers, inLink: boolean): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'text') return fill(node.value, resolve, inLink);
    if (node.type === 'element' && !SKIP.has(node.tagName)) {
      node.children = walk(node.children, resolve, inLink || node.tagName === 'a') as ElementContent[];
    }
    return [node];
  });
}

/** The HTML with every reference in its text filled in; unchanged when it holds none. */
export function fillHtml(html: string, resolve: HtmlResolvers): string {
  if (!/\{[^{}]+\}/.test(html)) return html;
  const tree: Root = fromHtml(html, { fragment: true });
  tree.children = walk(tree.children, resolve, false);
  return toHtml(tree);
}
