// A rehype plugin for Markdown and MDX content: each table is wrapped in a region that scrolls
// sideways on narrow screens and can take keyboard focus, so a keyboard user can scroll it too
// (WCAG 2.1.1; axe "scrollable-region-focusable"). The region is named after the table's caption,
// or else its column headings.
import type { Element, ElementContent, Root, RootContent } from 'hast';

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function elements(node: Element, tagName: string): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === tagName ? [child] : child.tagName === 'table' ? [] : elements(child, tagName),
  );
}

/** "Table: Edition, When, Format" from the caption or the first row's header cells. */
export function tableName(table: Element): string {
  const caption = elements(table, 'caption')[0];
  if (caption) return textOf(caption).replace(/\s+/g, ' ').trim();
  const headings = elements(table, 'th').map((th) => textOf(th).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

function wrapTables(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') {
      // A named <section> is a region landmark without an explicit role.
      return { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableName(child) }, children: [child] };
    }
    wrapTables(child);
    return child;
  }) as typeof parent.children;
}

export function rehypeScrollableTables() {
  return (tree: Root) => wrapTables(tree);
}
