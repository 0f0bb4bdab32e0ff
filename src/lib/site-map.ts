// The addresses the build will make and the anchors on each page, from the route files in src/pages
// and the content: what an internal link may point to. Astro's rules, as this site uses them: a file
// src/pages/a/b.astro is /a/b/ (trailingSlash 'always', build.format 'directory'), index.astro is its
// folder, [param] is filled by a collection, a last [...rest] part adds numbered pages under an entry's
// page (pagination: the entry's own address is its first page), src/pages/x.ics.ts is the file /x.ics,
// 404.astro is /404.html, and a static route wins over a dynamic one with the same address.
import type { CollectionName } from '../schemas';
import type { LoadedContent, LoadedEntry } from './content-rules';

/** One file of src/pages, as a route. */
export interface PageRoute {
  /** The file from the repository root, e.g. src/pages/figures/[id].astro. */
  file: string;
  /** Its address, e.g. /figures/[id]/ or /programme/[id].ics; [param] marks a part filled by content. */
  pattern: string;
  /** True for an HTML page (which has anchors), false for a file such as .ics or .json. */
  page: boolean;
  /** id="…" written in the route's template and the components and layouts it uses. */
  ids: string[];
}

const PAGE_FILE = /\.(astro|md|mdx|html)$/;
const ENDPOINT_FILE = /\.(ts|js|mjs)$/;

/** The route of a file under src/pages (path relative to src/pages), or undefined when Astro makes none. */
export function routeOf(relative: string): Omit<PageRoute, 'ids' | 'file'> | undefined {
  if (relative.split('/').some((part) => part.startsWith('_'))) return undefined;
  if (PAGE_FILE.test(relative)) {
    const path = relative.replace(PAGE_FILE, '').replace(/(^|\/)index$/, '');
    if (path === '404' || path === '500') return { pattern: `/${path}.html`, page: true };
    return { pattern: path ? `/${path}/` : '/', page: true };
  }
  if (ENDPOINT_FILE.test(relative) && !relative.endsWith('.d.ts'))
    return { pattern: `/${relative.replace(ENDPOINT_FILE, '')}`, page: false };
  return undefined;
}

/**
 * A route pattern with its parameters written as a collection's `pages` writes them: /figures/{id}/.
 * A last rest parameter, /figures/topics/[topic]/[...page]/, numbers the pages of one entry: the
 * template is that of its first page, /figures/topics/{id}/.
 */
export const asTemplate = (pattern: string) => pattern.replace(/\[\.\.\.[^\]]+\]\/$/, '').replace(/\[[^\]]+\]/g, '{id}');

export interface SiteAddress {
  /** What makes it: a route file, or the content file of the entry. */
  source: string;
  /** The anchors on the page; undefined for a file such as .ics, whose fragments are not checked. */
  anchors?: Set<string>;
  /** For a page made from an entry: its collection. */
  collection?: CollectionName;
}

export interface SiteMap {
  addresses: Map<string, SiteAddress>;
  /** Entries whose page address another route or entry already has: the build would never show it. */
  conflicts: { entry: LoadedEntry; address: string; takenBy: string }[];
  /** Routes with a [param] that no collection's `pages` names: their addresses are unknown. */
  unknownRoutes: PageRoute[];
  /** The address template of each collection's pages, e.g. figures → /figures/{id}/. */
  templates: Partial<Record<CollectionName, readonly string[]>>;
}

export interface SiteMapInput {
  routes: PageRoute[];
  entries: LoadedContent;
  /** Each collection's page addresses, `{id}` for the entry's id (COLLECTIONS[name].pages). */
  templates: Partial<Record<CollectionName, readonly string[]>>;
  /** Anchors a route's components make from the content, by route pattern (anchorsFor in src/lib/page-anchors.ts). */
  routeAnchors: (pattern: string, entries: LoadedContent, id?: string) => string[];
  /** Anchors the text of an entry puts on its page. */
  textAnchors: (entry: LoadedEntry) => string[];
  /** Files served as they are (public/), e.g. /favicon.svg. */
  files: string[];
}

export function buildSiteMap(input: SiteMapInput): SiteMap {
  const addresses = new Map<string, SiteAddress>();
  const conflicts: SiteMap['conflicts'] = [];
  const dynamic = input.routes.filter((r) => r.pattern.includes('['));
  for (const route of input.routes.filter((r) => !r.pattern.includes('['))) {
    const anchors = route.page ? new Set([...route.ids, ...input.routeAnchors(route.pattern, input.entries)]) : undefined;
    addresses.set(route.pattern, { source: route.file, anchors });
  }
  for (const file of input.files) addresses.set(file, { source: 'public' });
  const claimed = new Set<string>();
  for (const [collection, templates] of Object.entries(input.templates) as [CollectionName, readonly string[]][]) {
    for (const template of templates) {
      const route = dynamic.find((r) => asTemplate(r.pattern) === template);
      if (!route) continue;
      claimed.add(route.file);
      for (const entry of input.entries[collection] as LoadedEntry[]) {
        const address = template.replace('{id}', entry.id);
        const taken = addresses.get(address);
        if (taken) {
          conflicts.push({ entry, address, takenBy: taken.source });
          continue;
        }
        const anchors = route.page
          ? new Set([...route.ids, ...input.textAnchors(entry), ...input.routeAnchors(route.pattern, input.entries, entry.id)])
          : undefined;
        addresses.set(address, { source: entry.file, anchors, collection });
      }
    }
  }
  return { addresses, conflicts, unknownRoutes: dynamic.filter((r) => !claimed.has(r.file)), templates: input.templates };
}
