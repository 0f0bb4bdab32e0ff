// The editors' field reference, generated from the content schemas: each field's name, whether it is
// required, what kind of value it takes (read from the Zod schema) and what it means (read from the
// one-line doc comment above it in src/schemas/*.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ZodTypeAny } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas';
import { unwrap, type Unwrapped } from '../../src/lib/schema-shape';
import { TEXT_VALUES } from '../../src/lib/inline-text';
import { SECTION_PAGES, SECTIONS_FOLDER } from '../../src/lib/section-pages';

/** One row of the reference. */
export interface FieldRow {
  /** Path as written in a file, e.g. source.url, or sources[].url for each item of a list. */
  path: string;
  required: string;
  kind: string;
  doc: string;
}

/**
 * The doc comments of every object literal passed to `.object({ … })` in a schema module, one map per
 * literal (property name → comment text, '' when it has none).
 */
export function objectDocs(source: string, fileName = 'schema.ts'): Map<string, string>[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Map<string, string>[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'object' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      const docs = new Map<string, string>();
      for (const prop of node.arguments[0].properties) {
        if (!prop.name || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
        const jsDoc = ts.getJSDocCommentsAndTags(prop).filter(ts.isJSDoc);
        const text = jsDoc.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
        docs.set(prop.name.text, text.replace(/\s+/g, ' ').trim());
      }
      found.push(docs);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const keySignature = (keys: Iterable<string>) => [...keys].sort().join(',');

const code = (s: string) => `\`${s}\``;

/** The kind of value a field takes, in words. */
function kindOf(schema: ZodTypeAny): string {
  const def = schema._def as {
    typeName: string;
    values?: readonly string[];
    value?: unknown;
    type?: ZodTypeAny;
    checks?: { kind: string }[];
  };
  switch (def.typeName) {
    case 'ZodString':
      return 'text';
    case 'ZodNumber':
      return def.checks?.some((c) => c.kind === 'int') ? 'whole number' : 'number';
    case 'ZodBoolean':
      return '`true` or `false`';
    case 'ZodEnum':
      return `one of ${(def.values ?? []).map(code).join(', ')}`;
    case 'ZodLiteral':
      return `exactly ${code(String(def.value))}`;
    case 'ZodArray': {
      const inner = unwrap(def.type!).schema;
      return (inner._def as { typeName: string }).typeName === 'ZodObject' ? 'list of blocks (fields below)' : `list of ${kindOf(inner)}`;
    }
    case 'ZodObject':
      return 'block of fields (below)';
    default:
      return def.typeName.replace(/^Zod/, '').toLowerCase();
  }
}

function requiredText(u: Unwrapped): string {
  if (!u.optional) return 'required';
  if (u.defaultValue === undefined) return 'optional';
  const shown = Array.isArray(u.defaultValue) && u.defaultValue.length === 0 ? '[]' : JSON.stringify(u.defaultValue);
  return `optional, default ${code(shown)}`;
}

/**
 * The rows for one schema. `docs` are the object-literal doc maps of every schema module; a Zod object
 * finds its own by its set of field names.
 */
export function fieldRows(schema: ZodTypeAny, docs: Map<string, string>[], prefix = ''): FieldRow[] {
  const object = unwrap(schema).schema;
  const shape = (object._def as { shape?: () => Record<string, ZodTypeAny> }).shape?.();
  if (!shape) return [];
  const signature = keySignature(Object.keys(shape));
  const own = docs.find((d) => keySignature(d.keys()) === signature);
  return Object.entries(shape).flatMap(([key, field]) => {
    const u = unwrap(field);
    const path = `${prefix}${key}`;
    const row: FieldRow = { path, required: requiredText(u), kind: kindOf(u.schema), doc: own?.get(key) ?? '' };
    const def = u.schema._def as { typeName: string; type?: ZodTypeAny };
    const nested =
      def.typeName === 'ZodObject'
        ? fieldRows(u.schema, docs, `${path}.`)
        : def.typeName === 'ZodArray' && unwrap(def.type!).schema._def.typeName === 'ZodObject'
          ? fieldRows(def.type!, docs, `${path}[].`)
          : [];
    return [row, ...nested];
  });
}

interface CollectionDoc {
  name: string;
  /** Where the files are, e.g. content/figures/<id>.md. */
  files: string;
  rows: FieldRow[];
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The Markdown reference, one section per collection. */
function renderReference(collections: CollectionDoc[]): string {
  const parts = [
    '<!-- Generated by `npm run fields` from src/schemas/*.ts. Do not edit by hand: change the doc comment above the field in the schema, then run `npm run fields`. -->',
    '',
    '# Field reference',
    '',
    'Every field of every kind of content file, generated from the schemas that `npm run check` and the build use.',
    '"Required" fields must be present and not empty; optional ones may be left out. A list can be written',
    '`[first, second]` on one line or as one `- item` per indented line. A "block" is a field whose value is',
    'more fields on the following lines, indented by two spaces. Put text in double quotes when it contains',
    'a colon followed by a space, or starts with a character such as `"`, `[`, `{`, `@`, `*` or `&`.',
    '',
  ];
  for (const c of collections) {
    parts.push(`## ${c.name}`, '', `Files: ${c.files}`, '', '| field | required | value | what it is |', '| --- | --- | --- | --- |');
    for (const r of c.rows) parts.push(`| ${code(r.path)} | ${r.required} | ${cell(r.kind)} | ${cell(r.doc)} |`);
    parts.push('');
  }
  return [...parts, ...textReference()].join('\n');
}

/** What texts may hold, and the parts of each section page: from src/lib, where the site reads them. */
function textReference(): string[] {
  const lines = [
    '## Texts: figures, values and links',
    '',
    'The texts of charts, notes on disagreements, topics, section pages and `content/site.yaml` may hold:',
    '',
    "- `{figure-id}`, such as `{forced-labour-2021}`: the figure's value, linked to its page (the id must be a file in `content/figures/`);",
    '- `[words](/address/)`: a link to an address on this site, an `#anchor` on the same page, or an `https://` address;',
    '- a value the site fills in, from the table below.',
    '',
    '| write | it becomes |',
    '| --- | --- |',
    ...Object.entries(TEXT_VALUES).map(([name, what]) => `| ${code(`{${name}}`)} | ${cell(what)} |`),
    '',
    '## Section pages and their parts',
    '',
    'Each section page takes its words from `content/sections/<page>.md` and shows the parts listed here, each',
    'written in `parts` with its `id` and the fields the page shows.',
    '',
    '| file | page | part `id` | fields | where it appears |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(SECTION_PAGES).flatMap(([id, page]) => {
      const file = code(`${SECTIONS_FOLDER}/${id}.md`);
      const parts: [string, { shows: readonly string[]; about: string }][] = Object.entries(page.parts);
      if (parts.length === 0) return [`| ${file} | ${code(page.address)} | none | | |`];
      return parts.map(([part, p]) => `| ${file} | ${code(page.address)} | ${code(part)} | ${p.shows.join(', ')} | ${cell(p.about)} |`);
    }),
    '',
  ];
  return lines;
}

export const REFERENCE_FILE = 'docs/fields.md';

/** The reference as it should read now, and every field without a doc comment. */
export function generateReference(root = '.'): { markdown: string; undocumented: string[] } {
  const dir = join(root, 'src/schemas');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .flatMap((f) => objectDocs(readFileSync(join(dir, f), 'utf8'), f));
  const collections: CollectionDoc[] = COLLECTION_NAMES.map((name) => ({
    name,
    files: COLLECTIONS[name].about,
    rows: fieldRows(COLLECTIONS[name].schema, docs),
  }));
  const undocumented = collections.flatMap((c) => c.rows.filter((r) => !r.doc).map((r) => `${c.name}: ${r.path}`));
  return { markdown: renderReference(collections), undocumented };
}
