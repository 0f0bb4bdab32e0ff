// Reads one collection's files from disk and checks each against the collection's schema: the one
// reader of content. The Astro loader stores what it returns; `npm run check`, the build and the
// development server report its problems; the unit tests call it on small content folders.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionSpec } from '../schemas';
import { fieldLabel, problemsFromIssues, type ContentProblem } from '../lib/content-errors';
import { badFileName, parseContentFile } from '../lib/content-file';
import type { LoadedEntry } from '../lib/content-rules';
import { fieldsAt, validFields } from '../lib/schema-shape';

export interface CollectionRead {
  /** Every entry, valid or not: an entry that fails its schema has valid: false and is not stored. */
  entries: LoadedEntry[];
  /** The problems of the collection's files, each on its own: form, YAML, file name, schema. */
  problems: ContentProblem[];
}

/** The files a collection reads, from the repository root, sorted. */
export function collectionFiles(root: string, spec: CollectionSpec): string[] {
  const abs = join(root, spec.path);
  // A symbolic link is never read (the content check reports it): it could point anywhere.
  if (!spec.extensions) return existsSync(abs) && !lstatSync(abs).isSymbolicLink() ? [spec.path] : [];
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isFile() && spec.extensions!.some((ext) => d.name.endsWith(ext))) // links are not files here
    .map((d) => `${spec.path}/${d.name}`)
    .sort();
}

const stemOf = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Reads and checks every file of one collection (an entry of COLLECTIONS in src/schemas/index.ts). */
export function readCollection(root: string, spec: CollectionSpec): CollectionRead {
  const isList = spec.list === true;
  const entries: LoadedEntry[] = [];
  const problems: ContentProblem[] = [];
  const fileOfId = new Map<string, string>();

  for (const file of collectionFiles(root, spec)) {
    const kind = /\.ya?ml$/.test(file) ? 'yaml' : 'markdown';
    const parsed = parseContentFile(readFileSync(join(root, file), 'utf8'), kind, {
      fieldsAt: (path) => fieldsAt(spec.schema, path),
      list: isList,
    });
    if (!parsed.ok) {
      problems.push({ file, field: '', message: parsed.message });
      // The file exists: references to its id are not reported as well.
      if (!isList) entries.push({ id: stemOf(file), file, where: file, data: {}, body: '', bodyLine: 1, valid: false });
      continue;
    }
    const nameProblem = spec.extensions ? badFileName(file.replace(/^.*\//, '')) : undefined;
    if (nameProblem) problems.push({ file, field: '', message: nameProblem });
    if (isList && !Array.isArray(parsed.data)) {
      problems.push({ file, field: '', message: 'must be a YAML list: each entry starts with "- id: …"' });
      continue;
    }
    const items: { id: string; data: unknown; index?: number }[] = isList
      ? (parsed.data as unknown[]).map((item, index) => ({
          id: String((item as { id?: unknown })?.id ?? `#${index + 1}`),
          data: item,
          index,
        }))
      : [{ id: stemOf(file), data: parsed.data }];
    const seen = new Set<string>();
    for (const item of items) {
      const where = isList ? `${file} (entry "${item.id}")` : file;
      const twin = isList ? undefined : fileOfId.get(item.id);
      if (twin) {
        problems.push({ file, field: '', message: `has the same name as ${twin}: keep one of the two files` });
        continue;
      }
      fileOfId.set(item.id, file);
      if (isList && seen.has(item.id)) {
        problems.push({ file: where, field: 'id', message: `"${item.id}" is used twice: every entry needs its own id` });
      }
      seen.add(item.id);
      const prefix = item.index === undefined ? [] : [item.index];
      for (const note of parsed.notes.filter((n) => item.index === undefined || n.path[0] === item.index)) {
        problems.push({ file: where, field: fieldLabel(note.path.slice(prefix.length)), message: note.message });
      }
      const result = spec.schema.safeParse(item.data);
      if (!result.success) problems.push(...problemsFromIssues(where, result.error.issues, item.data));
      const data = (result.success ? result.data : validFields(spec.schema, item.data)) as Record<string, unknown>;
      entries.push({
        id: item.id,
        file,
        where,
        data,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        valid: result.success,
      });
    }
  }
  return { entries, problems };
}
