// What a Zod schema of a content file says about its shape: the fields of a block, and which fields of
// a file that fails its schema are valid on their own.
import type { ZodTypeAny } from 'astro/zod';

export interface Unwrapped {
  schema: ZodTypeAny;
  optional: boolean;
  defaultValue?: unknown;
}

interface Def {
  typeName: string;
  schema?: ZodTypeAny;
  innerType?: ZodTypeAny;
  type?: ZodTypeAny;
  defaultValue?: () => unknown;
  shape?: () => Record<string, ZodTypeAny>;
}

/** Strips refinements, optional and default wrappers, remembering what they said. */
export function unwrap(schema: ZodTypeAny): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = current._def as Def;
    if (def.typeName === 'ZodEffects' && def.schema) current = def.schema;
    else if ((def.typeName === 'ZodOptional' || def.typeName === 'ZodNullable') && def.innerType) {
      optional = true;
      current = def.innerType;
    } else if (def.typeName === 'ZodDefault' && def.innerType) {
      optional = true;
      defaultValue = def.defaultValue?.();
      current = def.innerType;
    } else return { schema: current, optional, defaultValue };
  }
}

/** The fields of an object schema, after unwrapping; undefined for any other schema. */
export function shapeOf(schema: ZodTypeAny): Record<string, ZodTypeAny> | undefined {
  return (unwrap(schema).schema._def as Def).shape?.();
}

/** The schema found by following field names from `schema`, stepping into list items on the way. */
export function schemaAt(schema: ZodTypeAny, path: string[]): ZodTypeAny | undefined {
  let current: ZodTypeAny | undefined = schema;
  for (const key of path) {
    let inner: ZodTypeAny = unwrap(current).schema;
    const def = inner._def as Def;
    if (def.typeName === 'ZodArray' && def.type) inner = unwrap(def.type).schema;
    current = shapeOf(inner)?.[key];
    if (!current) return undefined;
  }
  return current;
}

/** The field names of the block at `path` (list items stepped into), e.g. ['source'] → publisher, title, … */
export function fieldsAt(schema: ZodTypeAny, path: string[]): string[] | undefined {
  const found = schemaAt(schema, path);
  if (!found) return undefined;
  let inner = unwrap(found).schema;
  const def = inner._def as Def;
  if (def.typeName === 'ZodArray' && def.type) inner = def.type;
  const shape = shapeOf(inner);
  return shape ? Object.keys(shape) : undefined;
}

/**
 * The fields of `data` that are valid on their own, parsed (defaults applied), for a file that fails its
 * schema as a whole: the checks across files still see its valid references. Fields that are missing or
 * wrong are left out.
 */
export function validFields(schema: ZodTypeAny, data: unknown): Record<string, unknown> {
  const shape = shapeOf(schema);
  if (!shape || data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const raw = data as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse(raw[key]);
    if (result.success && result.data !== undefined) valid[key] = result.data;
  }
  return valid;
}
