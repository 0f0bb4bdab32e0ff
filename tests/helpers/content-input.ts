// Building blocks for the tests of the content rules: entries and rule input without files.
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../src/schemas';
import type { ContentInput, LoadedContent, LoadedEntry } from '../../src/lib/content-rules';
import { buildSiteMap, type PageRoute } from '../../src/lib/site-map';

/** An entry of `collection` as the loader would read it from content/<folder>/<id>.<first extension>. */
export function entry(
  collection: CollectionName,
  id: string,
  data: Record<string, unknown>,
  extra: Partial<LoadedEntry> = {},
): LoadedEntry {
  const spec = COLLECTIONS[collection];
  const file = 'extensions' in spec ? `${spec.path}/${id}${spec.extensions[0]}` : spec.path;
  return { id, file, where: extra.file ?? file, data, body: '', bodyLine: 1, valid: true, ...extra };
}

/** The rules' input for these entries, with a site map made from `routes`. */
export function contentInput(
  entries: Partial<Record<CollectionName, LoadedEntry[]>>,
  options: { routes?: PageRoute[]; files?: string[] } = {},
): ContentInput {
  const all = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, entries[n] ?? []])) as LoadedContent;
  const site = buildSiteMap({
    routes: options.routes ?? [],
    entries: all,
    templates: Object.fromEntries(COLLECTION_NAMES.flatMap((n) => ('pages' in COLLECTIONS[n] ? [[n, COLLECTIONS[n].pages]] : []))),
    routeAnchors: () => [],
    textAnchors: () => [],
    files: [],
  });
  return { entries: all, site, files: options.files ?? [] };
}
