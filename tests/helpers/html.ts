// HTML as a browser reads it: parse5 (the WHATWG parsing algorithm) builds the tree, css-select
// queries it with CSS selectors. Tests ask for elements by structure and by the roles and names the
// site gives them, not by matching the markup's text.
import { is, selectAll, selectOne, type Options } from 'css-select';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
type Node = T.Node;

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
const parentOf = (node: Node): Node | null => ('parentNode' in node ? node.parentNode : null);

/** An attribute's full name as written, e.g. "href", "xlink:href", lower-case. */
const attrName = (a: { name: string; prefix?: string }) => (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();

/** The value of an attribute (decoded), or undefined when the element has none. */
export function attr(element: Element, name: string): string | undefined {
  const key = name.toLowerCase();
  return element.attrs.find((a) => attrName(a) === key)?.value;
}

/** Every attribute of an element: lower-case names, decoded values, "" for a bare attribute. */
export function attrs(element: Element): Record<string, string> {
  return Object.fromEntries(element.attrs.map((a) => [attrName(a), a.value]));
}

/** The text of an element and its descendants (as textContent), raw for <script> and <style>. */
export function text(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return childrenOf(node).map(text).join('');
}

const adapter: NonNullable<Options<Node, Element>['adapter']> = {
  isTag: isElement,
  getAttributeValue: attr,
  hasAttrib: (element, name) => attr(element, name) !== undefined,
  getChildren: childrenOf,
  getName: (element) => element.tagName.toLowerCase(),
  getParent: parentOf,
  getSiblings: (node) => {
    const parent = parentOf(node);
    return parent ? childrenOf(parent) : [node];
  },
  getText: text,
  removeSubsets: (nodes) => nodes.filter((node, i) => !nodes.some((other, j) => j !== i && other !== node && contains(other, node))),
};

function contains(ancestor: Node, node: Node): boolean {
  for (let n = parentOf(node); n; n = parentOf(n)) if (n === ancestor) return true;
  return false;
}

const sources = new WeakMap<T.Document, string>();
const cache = new Map<string, T.Document>();

/** The document tree of an HTML page; the last few parses are kept, as several checks read one page. */
export function parseHtml(html: string): T.Document {
  const cached = cache.get(html);
  if (cached) return cached;
  const document = parse(html, { sourceCodeLocationInfo: true });
  sources.set(document, html);
  cache.set(html, document);
  if (cache.size > 16) cache.delete(cache.keys().next().value!);
  return document;
}

type Root = string | Node;
const rootOf = (root: Root): Node => (typeof root === 'string' ? parseHtml(root) : root);

/** The elements matching a CSS selector, in document order. */
export function select(root: Root, selector: string): Element[] {
  return selectAll<Node, Element>(selector, rootOf(root), { adapter });
}

/** The first element matching a CSS selector, or undefined. */
export function first(root: Root, selector: string): Element | undefined {
  return selectOne<Node, Element>(selector, rootOf(root), { adapter }) ?? undefined;
}

/** The nearest ancestor of an element (itself included) matching a selector. */
export function closest(element: Element, selector: string): Element | undefined {
  for (let n: Node | null = element; n; n = parentOf(n)) {
    if (isElement(n) && is(n, selector, { adapter })) return n;
  }
  return undefined;
}

/** The start tag as written in the page, shortened, for messages: <a href="/x/" rel="…">. */
export function startTag(element: Element): string {
  let root: Node = element;
  for (let n = parentOf(root); n; n = parentOf(n)) root = n;
  const html = sources.get(root as T.Document);
  const at = element.sourceCodeLocation?.startTag;
  const written = html && at ? html.slice(at.startOffset, at.endOffset) : `<${element.tagName}>`;
  return written.length > 160 ? `${written.slice(0, 157)}…` : written;
}

/** An element's tag name, its attributes, its text when a <script> or <style>, and its start tag as written. */
export interface Tag {
  /** Lower-case element name, e.g. "a". */
  name: string;
  /** Attributes with lower-case names and decoded values; "" for a bare attribute. */
  attrs: Record<string, string>;
  /** The content of <script> and <style>, raw. */
  text?: string;
  /** The start tag as written, shortened, for messages. */
  source: string;
}

/** The elements of a page in document order, optionally of one name, as plain records. */
export function startTags(html: string, name?: string): Tag[] {
  return select(html, name ?? '*').map((element) => {
    const tag: Tag = { name: element.tagName.toLowerCase(), attrs: attrs(element), source: startTag(element) };
    if (tag.name === 'script' || tag.name === 'style') tag.text = text(element);
    return tag;
  });
}

/** The space-separated tokens of an attribute (rel, class), lower-cased. */
export function tokens(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** The URLs of a srcset attribute (the HTML standard's candidate splitting, descriptors dropped). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    const comma = rest.indexOf(',');
    rest = comma === -1 ? '' : rest.slice(comma + 1);
  }
}

/** The text of a node without the text inside elements matching a selector (e.g. links). */
export function textWithout(node: Node, selector: string): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (isElement(node) && is(node, selector, { adapter })) return ' ';
  return childrenOf(node)
    .map((child) => textWithout(child, selector))
    .join('');
}
