// What the checks need to know of a Markdown or MDX text, from one parse with the parser Astro's
// Markdown and MDX use (remark, with remark-mdx for .mdx): its first syntax error, the anchors it puts
// on its page, its links, the components and code it holds. Lines count from 1 within the text.
import GithubSlugger from 'github-slugger';
import type { Html, Nodes, Parents, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface SyntaxError {
  line?: number;
  column?: number;
  /** The parser's own words. */
  reason: string;
  /** The parser's rule, e.g. unexpected-character, end-tag-mismatch, acorn. */
  rule?: string;
}

/** A component or HTML element written in MDX, with its attributes. */
export interface Element {
  name: string;
  line?: number;
  /** value: the text of name="…", null for a bare name (inline), undefined for name={…} or {...spread}. */
  attributes: { name: string; value: string | null | undefined }[];
}

export interface Outline {
  /** The first syntax error; nothing else is known of a text that does not parse. */
  error?: SyntaxError;
  /**
   * Anchors the text puts on its page: heading ids as Astro makes them. An id="…" written in the text
   * is not one: the build's sanitiser (rehype-sanitize-body.ts) removes it.
   */
  anchors: string[];
  /** Link targets as written, with their line. */
  links: { href: string; line?: number }[];
  /** Components (capitalised names) and HTML elements written as MDX. */
  elements: Element[];
  /** `{…}` in the text of an MDX file, with what is inside the braces. */
  expressions: { value: string; line?: number }[];
  /** Lines of an MDX file read as import or export code. */
  code: { line?: number }[];
  /** Capitalised tags in a Markdown (.md) file, where components do not work. */
  tags: { name: string; line?: number }[];
}

const md = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** An HTML tag alone, which Astro leaves out of a heading's id. */
const TAG_ONLY = /^\n?<.*>\n?$/;

/**
 * The text Astro's heading-id plugin slugs: text and code, not images or lone tags, after
 * smartypants has turned a lone "--" into a dash (which the slug then drops; "---" stays).
 */
function headingText(node: Nodes, isMdx: boolean): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/(?<!-)--(?!-)/g, '\u2014');
    case 'inlineCode':
      return node.value;
    case 'mdxTextExpression':
      return isMdx ? node.value : '';
    case 'html':
      return TAG_ONLY.test(node.value) ? '' : node.value;
    case 'image':
    case 'mdxJsxTextElement':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map((c) => headingText(c, isMdx)).join('') : '';
  }
}

const HTML_HREF = /<a\s[^>]*?href\s*=\s*["']([^"']+)["']/g;
const HTML_COMPONENT = /<([A-Z][\w.]*)/g;

type JsxAttributes = Extract<Nodes, { type: 'mdxJsxFlowElement' }>['attributes'];

function attributesOf(list: JsxAttributes): Element['attributes'] {
  return list.map((a) =>
    a.type === 'mdxJsxAttribute'
      ? { name: a.name, value: typeof a.value === 'string' || a.value === null ? a.value : undefined }
      : { name: `{${a.value}}`, value: undefined },
  );
}

function walk(tree: Root, isMdx: boolean): Omit<Outline, 'error'> {
  const outline: Omit<Outline, 'error'> = { anchors: [], links: [], elements: [], expressions: [], code: [], tags: [] };
  const slugger = new GithubSlugger();
  const visit = (node: Nodes) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'heading': {
        const slug = slugger.slug(headingText(node, isMdx));
        outline.anchors.push(slug.endsWith('-') ? slug.slice(0, -1) : slug);
        break;
      }
      case 'link':
      case 'definition':
        outline.links.push({ href: node.url, line });
        break;
      case 'html':
        htmlParts(node, outline, line);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = { name: node.name ?? '', line, attributes: attributesOf(node.attributes) };
        outline.elements.push(element);
        for (const a of element.attributes) {
          if (a.name === 'href' && element.name === 'a' && a.value) outline.links.push({ href: a.value, line });
        }
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        outline.expressions.push({ value: node.value, line });
        break;
      case 'mdxjsEsm':
        outline.code.push({ line });
        break;
    }
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  visit(tree);
  return outline;
}

function htmlParts(node: Html, outline: Omit<Outline, 'error'>, line: number | undefined): void {
  for (const m of node.value.matchAll(HTML_HREF)) outline.links.push({ href: m[1]!, line });
  for (const m of node.value.matchAll(HTML_COMPONENT)) outline.tags.push({ name: m[1]!, line });
}

interface ParserMessage {
  line?: number;
  column?: number;
  reason?: string;
  message?: string;
  ruleId?: string;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

function syntaxError(error: unknown): SyntaxError {
  const e = error as ParserMessage;
  const place = e.place && 'start' in e.place && e.place.start ? e.place.start : e.place;
  // Some messages give their place only in their text: "… for `<Figure>` (1:1-1:16)".
  const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? '');
  return {
    line: e.line ?? place?.line ?? (inText ? Number(inText[1]) : undefined),
    column: e.column ?? place?.column ?? (inText ? Number(inText[2]) : undefined),
    reason: e.reason ?? e.message ?? String(error),
    rule: e.ruleId,
  };
}

const cache = new Map<string, Outline>();

/** The outline of a Markdown (mdx false) or MDX (mdx true) text. */
export function outline(text: string, isMdx: boolean): Outline {
  const key = `${isMdx ? 'mdx' : 'md'}\0${text}`;
  const known = cache.get(key);
  if (known) return known;
  let result: Outline;
  try {
    result = walk((isMdx ? mdx : md).parse(text), isMdx);
  } catch (error) {
    result = { error: syntaxError(error), anchors: [], links: [], elements: [], expressions: [], code: [], tags: [] };
  }
  if (cache.size > 1000) cache.clear();
  cache.set(key, result);
  return result;
}
