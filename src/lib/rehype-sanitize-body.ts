// A rehype plugin for Markdown and MDX bodies, first of our rehype plugins: content arrives by pull
// request, so the HTML a body makes goes through an allow-list (hast-util-sanitize, the engine of
// rehype-sanitize) before our own plugins add links, regions and heading ids they trust. Whatever
// the list does not name comes out inert: <script>, <style>, <iframe>, <object>, <form>, <base>,
// <meta http-equiv=refresh>, on* attributes, style attributes, javascript: and data: URLs.
//
// Markdown raw HTML must be parsed first (rehype-raw before this plugin). MDX bodies also hold JSX:
// the components editors may use (<Figure id="…" />) are kept with their literal attributes, HTML
// written as JSX (<a href="…">) is sanitised like any HTML, and expressions, imports and exports
// (code that would run during the build) are removed; `npm run check` names them first.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/** MDX's own node types, for plugins (rehype-raw) that must pass them through untouched. */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** Elements removed with everything inside them (the others not allowed are unwrapped, their text kept). */
const STRIP = [
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'svg',
  'math',
  'select',
  'canvas',
  'audio',
  'video',
  'head',
];

/** The placeholder that carries an MDX component through the sanitiser. */
const KEEP = 'mdx-component-kept';

/**
 * GitHub's allow-list (hast-util-sanitize's default) with what our bodies use on top: <abbr>, <mark>,
 * <small>, <cite>, <dfn>, <time>, figures and captions. Ids are kept only where remark-rehype wrote
 * them (footnotes: "user-content-…", "footnote-label"); heading ids come later, from Astro.
 */
export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'mark', 'small', 'cite', 'dfn', 'time', 'figure', 'figcaption', 'caption', KEEP],
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id' && name !== 'name'),
      ['id', /^(user-content-|footnote-label$)/],
    ],
    [KEEP]: [['dataIndex', /^\d+$/]],
  },
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  strip: STRIP,
};

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxAttribute[];
  children: RootContent[];
}

const isMdxElement = (node: { type: string }): node is MdxElement & RootContent =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Only attributes written as plain text (or bare, meaning true): never an expression. */
const literalAttributes = (attributes: MdxAttribute[]) =>
  attributes.filter(
    (a) =>
      a.type === 'mdxJsxAttribute' &&
      typeof a.name === 'string' &&
      (a.value === null || a.value === undefined || typeof a.value === 'string'),
  );

function toProperties(attributes: MdxAttribute[]): Properties {
  const properties: Properties = {};
  for (const a of literalAttributes(attributes)) {
    const info = find(html, a.name!);
    properties[info.property] =
      typeof a.value === 'string'
        ? info.spaceSeparated || info.commaSeparated
          ? a.value.split(info.commaSeparated ? ',' : /\s+/).filter(Boolean)
          : a.value
        : true;
  }
  return properties;
}

/**
 * Swaps MDX nodes for what the sanitiser understands: components become numbered placeholders
 * (kept aside), lowercase JSX elements become HTML elements, everything else MDX goes.
 */
function prepare(children: RootContent[], kept: MdxElement[], components: ReadonlySet<string>): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    if (isMdxElement(child)) {
      const inner = prepare(child.children, kept, components);
      if (child.name && components.has(child.name)) {
        kept.push({ ...child, attributes: literalAttributes(child.attributes) });
        return [
          { type: 'element', tagName: KEEP, properties: { dataIndex: String(kept.length - 1) }, children: inner as ElementContent[] },
        ];
      }
      if (child.name && /^[a-z][a-z0-9-]*$/.test(child.name)) {
        return [{ type: 'element', tagName: child.name, properties: toProperties(child.attributes), children: inner as ElementContent[] }];
      }
      return inner; // a fragment or a component we do not provide: its content alone
    }
    if ((MDX_NODE_TYPES as readonly string[]).includes(child.type)) return [];
    if ('children' in child) return [{ ...child, children: prepare(child.children as RootContent[], kept, components) } as RootContent];
    return [child];
  });
}

/** Puts the kept components back where their placeholders survived, with their sanitised content. */
function restore(children: RootContent[], kept: MdxElement[]): RootContent[] {
  return children.map((child) => {
    if (child.type !== 'element') return child;
    const inner = restore(child.children as RootContent[], kept);
    if (child.tagName === KEEP) return { ...kept[Number(child.properties.dataIndex)]!, children: inner } as unknown as RootContent;
    return { ...child, children: inner as ElementContent[] } as Element;
  });
}

export interface SanitizeBodyOptions {
  /** MDX components editors may use, by name (default: Figure). */
  components?: string[];
}

export function rehypeSanitizeBody(options: SanitizeBodyOptions = {}) {
  const components = new Set(options.components ?? ['Figure']);
  return (tree: Root): Root => {
    const kept: MdxElement[] = [];
    const prepared: Root = { ...tree, children: prepare(tree.children, kept, components) };
    const clean = sanitize(prepared, BODY_SCHEMA) as Root;
    return { ...clean, children: restore(clean.children, kept) };
  };
}
