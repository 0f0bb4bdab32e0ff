// A rehype plugin for Markdown and MDX content: each table is wrapped in a region that scrolls
// sideways on narrow screens and can take keyboard focus, so a keyboard user can scroll it too
// (WCAG 2.1.1; axe "scrollable-region-focusable"). The region is named after the table's caption,
// or else its column headings.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

function elements(node: Element, tagName: string): Element[] {
  return node.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === tagName ? [child] : child.tagName === 'table' ? [] : elements(child, tagName),
  );
}

/** "Table: Edition, When, Format" from the caption or the first row's header cells. */
export function tableName(table: Element): string {
  const caption = elements(table, 'caption')[0];
  if (caption) return toString(caption).replace(/\s+/g, ' ').trim();
  const headings = elements(table, 'th')
    .map((th) => toString(th).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

export function rehypeScrollableTables() {
  return (tree: Root) =>
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      // A named <section> is a region landmark without an explicit role.
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableName(node) },
        children: [node],
      };
      return SKIP;
    });
}
