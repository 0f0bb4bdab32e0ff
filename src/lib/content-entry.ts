/**
 * Content as the reference rules see it, whatever loaded it: entries by collection name (as in
 * src/schemas/index.ts), each with its id, its file (path from the repository root) and its data.
 * The rules are pure functions of this, so the same rules run in `npm run check` and in the build.
 * They read the data defensively: a field may be missing or wrong when another rule looks at it.
 */
import type { ContentProblem } from './content-errors';

export interface PlainEntry {
  /** The file name without extension, or the `id` of an entry in a YAML list. */
  id: string;
  /** e.g. content/charts.yaml or content/figures/<id>.md */
  file: string;
  data: Record<string, unknown>;
  /** The Markdown below the frontmatter, where there is one. */
  body?: string;
}

/** Entries by collection name, e.g. { figures: [...], charts: [...] }. */
export type ContentEntries = Readonly<Record<string, readonly PlainEntry[] | undefined>>;

/**
 * A rule of the entries alone: every problem it finds, naming the file, the field and the fix.
 * src/schemas/rules.ts lists it with the other rules of the content check.
 */
export type EntriesRule = (content: ContentEntries) => ContentProblem[];

export const entriesOf = (content: ContentEntries, collection: string): readonly PlainEntry[] => content[collection] ?? [];

/** Where a problem is: the file, and for an entry of a YAML list its id, as the schema messages say it. */
export const placeOf = (entry: PlainEntry, inList: boolean): string => (inList ? `${entry.file} (entry "${entry.id}")` : entry.file);

export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The same words as for a figure's `related`, wherever a field names a figure that does not exist. */
export const unknownFigure = (id: string): string =>
  `"${id}" is not a known id: no file content/figures/${id}.md exists. Check the spelling or add that file`;

/** "a, b and c" */
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
