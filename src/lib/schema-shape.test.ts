import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldsAt, validFields } from './schema-shape';

const schema = z
  .object({
    title: z.string(),
    tags: z.array(z.string()).default([]),
    source: z.object({ publisher: z.string(), url: z.string().url() }),
    sources: z.array(z.object({ title: z.string(), note: z.string().optional() })).default([]),
    summary: z.string().optional(),
  })
  .strict()
  .superRefine(() => undefined);

describe('schema shape', () => {
  it('lists the fields of a block, stepping into lists', () => {
    expect(fieldsAt(schema, [])).toEqual(['title', 'tags', 'source', 'sources', 'summary']);
    expect(fieldsAt(schema, ['source'])).toEqual(['publisher', 'url']);
    expect(fieldsAt(schema, ['sources'])).toEqual(['title', 'note']);
    expect(fieldsAt(schema, ['title'])).toBeUndefined();
  });

  it('keeps the fields that are valid on their own, with defaults', () => {
    expect(validFields(schema, { title: 3, source: { publisher: 'A', url: 'x' }, extra: 1 })).toEqual({ tags: [], sources: [] });
    expect(validFields(schema, 'text')).toEqual({});
  });
});
