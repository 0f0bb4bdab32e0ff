// The field reference (docs/fields.md) is generated from the schemas: it must cover every field, each
// field must have a doc comment, and the file in the repository must be what the generator writes now.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas';
import { fieldRows, generateReference, objectDocs, REFERENCE_FILE } from '../../scripts/lib/field-reference';

describe('the field reference', () => {
  const { markdown, undocumented } = generateReference();

  it('has a doc comment for every field of every collection', () => {
    expect(undocumented).toEqual([]);
  });

  it('lists every top-level field of every schema', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      const schema = spec.schema as z.ZodTypeAny;
      const shape = (schema._def.schema ?? schema)._def.shape?.() ?? (schema as z.AnyZodObject).shape;
      for (const key of Object.keys(shape)) expect(markdown, `${name}.${key}`).toContain(`| \`${key}\` |`);
    }
  });

  it(`is up to date in ${REFERENCE_FILE} (run \`npm run fields\` after changing a schema)`, () => {
    expect(readFileSync(REFERENCE_FILE, 'utf8')).toBe(markdown);
  });
});

describe('objectDocs and fieldRows', () => {
  const source = `
    export const s = z.object({
      /** The name. */
      name: z.string(),
      count: z.number().int().default(3),
      where: z.object({
        /** The city. */
        city: z.string().optional(),
      }),
    });`;
  const schema = z.object({ name: z.string(), count: z.number().int().default(3), where: z.object({ city: z.string().optional() }) });

  it('reads the doc comment above each field, and notices a field without one', () => {
    const rows = fieldRows(schema, objectDocs(source));
    expect(rows).toEqual([
      { path: 'name', required: 'required', kind: 'text', doc: 'The name.' },
      { path: 'count', required: 'optional, default `3`', kind: 'whole number', doc: '' },
      { path: 'where', required: 'required', kind: 'block of fields (below)', doc: '' },
      { path: 'where.city', required: 'optional', kind: 'text', doc: 'The city.' },
    ]);
  });
});
