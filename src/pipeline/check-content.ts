// The content check: the problems of each collection's files (found while reading them), then the rules
// across files in src/schemas/rules.ts. The same function answers `npm run check`, stops `astro build`
// and reports in `astro dev` (through the loader's shared state), and runs in the unit tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { listFiles } from '../../scripts/lib/list-files.mjs';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas';
import { RULES } from '../schemas/rules';
import { formatProblem, type ContentProblem } from '../lib/content-errors';
import { symlinkProblems } from '../lib/symlinks';
import { findSymlinks } from '../../scripts/lib/find-symlinks';
import type { ContentInput, LoadedContent, LoadedEntry } from '../lib/content-rules';
import { outline } from '../lib/markdown-outline';
import { anchorsFor } from '../lib/page-anchors';
import { buildSiteMap, routeOf, type PageRoute } from '../lib/site-map';
import { readCollection, type CollectionRead } from './read-collection';

export interface ContentReport {
  problems: ContentProblem[];
  /** The problems as printed, one line each (see formatProblem). */
  messages: string[];
  /** Valid entries per collection. */
  counts: Record<CollectionName, number>;
}

const ID_ATTRIBUTE = /\sid="([^"{}]+)"/g;
const ASTRO_IMPORT = /^import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+\.astro)['"]/gm;

/** A template's own ids and the .astro files it imports, read again only when the file changes. */
const templates = new Map<string, { mtime: number; ids: string[]; imports: string[] }>();

function template(file: string): { ids: string[]; imports: string[] } {
  const mtime = statSync(file).mtimeMs;
  const known = templates.get(file);
  if (known?.mtime === mtime) return known;
  const source = readFileSync(file, 'utf8');
  // The markup only: not the frontmatter's code and comments, nor comments in the markup.
  const markup = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '');
  const read = {
    mtime,
    ids: [...markup.matchAll(ID_ATTRIBUTE)].map((m) => m[1]!),
    imports: [...source.matchAll(ASTRO_IMPORT)].map((m) => join(dirname(file), m[1]!)),
  };
  templates.set(file, read);
  return read;
}

/** id="…" written in an .astro file and in the .astro components and layouts it imports. */
function templateIds(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [];
  seen.add(file);
  const { ids, imports } = template(file);
  return [...ids, ...imports.flatMap((f) => templateIds(f, seen))];
}

/** The routes of src/pages under `root`. */
export function pageRoutes(root: string): PageRoute[] {
  const dir = join(root, 'src/pages');
  if (!existsSync(dir)) return [];
  return listFiles(dir).flatMap((path): PageRoute[] => {
    const route = routeOf(path);
    if (!route) return [];
    const file = join(dir, path);
    return [
      { ...route, file: relative(root, file).split('\\').join('/'), ids: route.page && file.endsWith('.astro') ? templateIds(file) : [] },
    ];
  });
}

/** Files the site serves as they are: public/ and the sitemap. */
function servedFiles(root: string): string[] {
  const dir = join(root, 'public');
  return [...(existsSync(dir) ? listFiles(dir).map((f) => `/${f}`) : []), '/sitemap-index.xml'];
}

const textAnchors = (entry: LoadedEntry) => (entry.body ? outline(entry.body, entry.file.endsWith('.mdx')).anchors : []);

/**
 * What the rules see: every collection's entries, the site's addresses and anchors, and the files under
 * content/. `root` holds content/; `siteRoot` holds src/pages and public/ (the same folder, except in
 * tests of small content folders).
 */
export function contentInput(read: Partial<Record<CollectionName, CollectionRead>>, root: string, siteRoot = root): ContentInput {
  const entries = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, read[n]?.entries ?? []])) as LoadedContent;
  const contentDir = join(root, 'content');
  const files = existsSync(contentDir) ? listFiles(contentDir).map((f) => `content/${f}`) : [];
  const site = buildSiteMap({
    routes: pageRoutes(siteRoot),
    entries,
    templates: Object.fromEntries(COLLECTION_NAMES.flatMap((n) => ('pages' in COLLECTIONS[n] ? [[n, COLLECTIONS[n].pages]] : []))),
    routeAnchors: anchorsFor,
    textAnchors,
    files: servedFiles(siteRoot),
  });
  return { entries, site, files };
}

/**
 * The problems grouped by file, in the order each file first comes up, and within a file by line
 * (those without a line first), so that an editor goes through a file once, top to bottom.
 */
function byFile(problems: ContentProblem[]): ContentProblem[] {
  const first = new Map<string, number>();
  problems.forEach((p, i) => first.has(p.file) || first.set(p.file, i));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => first.get(a.p.file)! - first.get(b.p.file)! || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** Every problem in the content, given what the loader read of each collection (see contentInput). */
export function checkCollections(read: Partial<Record<CollectionName, CollectionRead>>, root: string, siteRoot = root): ContentReport {
  const input = contentInput(read, root, siteRoot);
  const problems = byFile([
    ...symlinkProblems(findSymlinks(root, ['content', 'public'])),
    ...COLLECTION_NAMES.flatMap((n) => read[n]?.problems ?? []),
    ...RULES.flatMap((rule) => rule(input)),
  ]);
  const counts = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, input.entries[n].filter((e) => e.valid).length])) as Record<
    CollectionName,
    number
  >;
  return { problems, messages: problems.map(formatProblem), counts };
}

const readAll = (root: string) => Object.fromEntries(COLLECTION_NAMES.map((n) => [n, readCollection(root, COLLECTIONS[n])]));

/** Reads every collection under `root` and checks it: the check without Astro, for tests. */
export function checkContentTree(root: string, siteRoot = process.cwd()): ContentReport {
  return checkCollections(readAll(root), root, siteRoot);
}

/** What the rules would see of the content under `root`, for tests. */
export const contentInputTree = (root: string, siteRoot = process.cwd()): ContentInput => contentInput(readAll(root), root, siteRoot);
