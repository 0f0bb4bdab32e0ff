// A rehype plugin that makes root-relative links in Markdown and MDX honour the site's base path:
// an editor writes [the Action Plan](/background/action-plan/) and, in a build under
// /alliance-2023/, the page links to /alliance-2023/background/action-plan/. Astro rewrites
// nothing in Markdown by itself. Configured once in astro.config.mjs (markdown.rehypePlugins,
// which MDX inherits), so it covers every content collection.
import type { Element, Root, RootContent } from 'hast';
import { joinBase } from './url';

/** Attributes that hold an address. */
const URL_PROPERTIES = ['href', 'src', 'poster'] as const;

/** True for "/x/…" (root-relative), false for "//host/…", "https:…", "#x", "x/" and the like. */
export function isRootRelative(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//');
}

function rebaseElement(node: Element, base: string): void {
  for (const name of URL_PROPERTIES) {
    const value = node.properties[name];
    if (typeof value === 'string' && isRootRelative(value)) node.properties[name] = joinBase(base, value);
  }
}

function walk(nodes: RootContent[], base: string): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    rebaseElement(node, base);
    walk(node.children, base);
    if (node.content) walk(node.content.children, base);
  }
}

export interface BaseLinksOptions {
  /** The site's base path, e.g. "/" or "/alliance-2023/". */
  base: string;
}

/** The plugin: rehypePlugins: [[rehypeBaseLinks, { base }]]. At base "/" it changes nothing. */
export default function rehypeBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root): void => {
    if (base === '/' || base === '') return;
    walk(tree.children, base);
  };
}
