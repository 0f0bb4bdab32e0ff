// What `npm run check` says about markup in Markdown and MDX bodies that the site will not publish.
// The build's sanitiser (rehype-sanitize-body.ts) makes all of it inert anyway; this names the file,
// the line and the construct, so an editor learns why something vanished, and so a pull request that
// tries it fails. MDX itself (syntax, imports, exports, {expressions}, components and their
// properties) is the rule of mdx-usage.ts.
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import type { Root as MdastRoot } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-errors';

/** Elements that run code, load or frame other pages, restyle the page, send forms or redirect. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset', 'cite', 'background']);
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript)\s*:/i;

export interface BodyMarkupOptions {
  /** An MDX body (JSX, expressions and ESM), rather than Markdown. */
  mdx: boolean;
  /** The line of the file the body starts on (after the frontmatter), counting from 1. */
  firstLine: number;
}

/** A URL with its entities and control characters resolved, as a browser would read it. */
export function normaliseUrl(value: string): string {
  const text = fromHtml(`<a href="${value.replace(/"/g, '&quot;')}"></a>`, { fragment: true }).children[0] as Element | undefined;
  const href = text?.properties.href;
  return String(href ?? value).replace(/[\u0000-\u001F\u007F]/g, '');
}

function attributeProblems(element: string, attributes: [name: string, value: string | null][]): string[] {
  const found: string[] = [];
  for (const [name, value] of attributes) {
    const lower = name.toLowerCase();
    if (/^on/.test(lower)) found.push(`an event handler attribute (${lower}=) on <${element}>`);
    else if (lower === 'style') found.push(`a style attribute on <${element}>`);
    else if (URL_ATTRIBUTES.has(lower) && value !== null && UNSAFE_URL.test(normaliseUrl(value))) {
      found.push(`a ${normaliseUrl(value).split(':')[0]!.trim().toLowerCase()}: address in ${lower}= on <${element}>`);
    }
  }
  return found;
}

/** Constructs in one piece of raw HTML, with the line (within the piece) where each starts. */
function htmlConstructs(html: string): { line: number; what: string }[] {
  const found: { line: number; what: string }[] = [];
  const tree = fromHtml(html, { fragment: true });
  const walk = (node: HastRoot | HastContent) => {
    if (node.type === 'element') {
      const line = node.position?.start.line ?? 1;
      const name = node.tagName;
      if (FORBIDDEN_ELEMENTS.has(name)) {
        const refresh = name === 'meta' && /refresh/i.test(String(node.properties.httpEquiv ?? ''));
        found.push({ line, what: refresh ? 'a <meta http-equiv="refresh"> (a redirect)' : `a <${name}> element` });
      }
      const attributes = Object.entries(node.properties).map(([property, value]): [string, string | null] => [
        find(htmlSchema, property).attribute,
        value === true || value === null || value === undefined ? null : Array.isArray(value) ? value.join(' ') : String(value),
      ]);
      for (const what of attributeProblems(name, attributes)) found.push({ line, what });
    }
    if (node.type === 'comment' && /<\s*script|-->/i.test(node.value))
      found.push({ line: node.position?.start.line ?? 1, what: 'an HTML comment holding markup' });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const FIX: Record<string, string> = {
  html: 'remove it: the site publishes no scripts, styles, frames, forms or redirects from content',
  url: 'link to a web page with an https:// address instead',
  expression: 'write each attribute as text in quotes (an MDX body runs {…} as code during the build)',
};

/**
 * Problems for markup the site will not publish in one body: each names the file, the line and the
 * construct found, with the fix. A body that does not parse is left to mdx-usage.ts.
 */
export function bodyMarkupProblems(file: string, body: string, options: BodyMarkupOptions): ContentProblem[] {
  const found: { line: number; what: string; fix: string }[] = [];
  const processor = options.mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  let tree: MdastRoot;
  try {
    tree = processor.parse(body) as MdastRoot;
  } catch {
    return [];
  }
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'html':
        for (const c of htmlConstructs((node as { value: string }).value))
          found.push({ line: line + c.line - 1, what: c.what, fix: FIX.html! });
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as { url: string }).url;
        if (UNSAFE_URL.test(normaliseUrl(url)))
          found.push({
            line,
            what: `a ${normaliseUrl(url).split(':')[0]!.trim().toLowerCase()}: address in a Markdown ${node.type}`,
            fix: FIX.url!,
          });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as unknown as MdxJsxNode;
        const name = jsx.name ?? '';
        if (!/^[a-z]/.test(name)) break;
        if (FORBIDDEN_ELEMENTS.has(name)) found.push({ line, what: `a <${name}> element`, fix: FIX.html! });
        const literal = jsx.attributes.filter((a) => a.type === 'mdxJsxAttribute' && typeof a.name === 'string');
        const attrs = literal.map((a): [string, string | null] => [a.name!, typeof a.value === 'string' ? a.value : null]);
        for (const what of attributeProblems(name, attrs)) found.push({ line, what, fix: what.includes('address') ? FIX.url! : FIX.html! });
        if (
          jsx.attributes.length !== literal.length ||
          literal.some((a) => a.value !== null && a.value !== undefined && typeof a.value !== 'string')
        ) {
          found.push({ line, what: `an expression in the attributes of <${name}>`, fix: FIX.expression! });
        }
        break;
      }
    }
  });
  return found
    .sort((a, b) => a.line - b.line)
    .map(({ line, what, fix }) => ({ file, field: '', line: line + options.firstLine - 1, message: `${what}: ${fix}` }));
}
