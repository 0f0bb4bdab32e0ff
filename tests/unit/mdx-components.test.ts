// The check's list of MDX components (src/lib/mdx-components.ts) must say what the components take:
// each entry's properties are those of the component's Props, required where the Props require them.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../src/lib/mdx-components';

/** The properties of `interface Props` in an .astro component's frontmatter, with whether each is optional. */
function propsOf(file: string): Record<string, boolean> {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const source = ts.createSourceFile('props.ts', frontmatter, ts.ScriptTarget.Latest, true);
  const props: Record<string, boolean> = {};
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Props') {
      for (const member of node.members)
        if (ts.isPropertySignature(member)) props[member.name.getText(source)] = Boolean(member.questionToken);
    }
  });
  return props;
}

describe('MDX components the check knows', () => {
  it.each(Object.keys(MDX_COMPONENTS))('<%s> takes the properties its Props declare', (name) => {
    const declared = propsOf(`src/components/${name}.astro`);
    const spec = MDX_COMPONENTS[name]!;
    expect(Object.keys(spec.props).sort()).toEqual(Object.keys(declared).sort());
    for (const [prop, optional] of Object.entries(declared)) expect(Boolean(spec.props[prop]!.required), prop).toBe(!optional);
  });

  it('are the components the pages pass to MDX content', () => {
    for (const route of ['src/pages/[id].astro', 'src/pages/background/[id].astro']) {
      const passed =
        /<Content components=\{\{([^}]*)\}\}/
          .exec(readFileSync(route, 'utf8'))?.[1]
          ?.split(',')
          .map((s) => s.trim()) ?? [];
      expect(passed.sort(), route).toEqual(Object.keys(MDX_COMPONENTS).sort());
    }
  });
});
