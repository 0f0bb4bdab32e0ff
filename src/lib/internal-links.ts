// The rule for links within the site, in Markdown and MDX texts and in YAML fields that hold Markdown:
// each must go to a page the build will make and, with #anchor, to a heading or section on it. Links
// are written from the site's root (/figures/x/): the build adds the base path (src/lib/rehype-base-links.ts).
import { COLLECTION_NAMES, type CollectionName } from '../schemas';
import type { ContentProblem } from './content-errors';
import type { ContentRule, LoadedEntry } from './content-rules';
import { outline } from './markdown-outline';
import { nearest } from './nearest';
import { fileFor } from './references';
import type { SiteMap } from './site-map';

const ORIGIN = 'https://site.invalid';

/** The address and anchor a link goes to, or undefined for a link that leaves the site. */
export function linkTarget(href: string, from: string | undefined): { path: string; anchor?: string } | undefined {
  const trimmed = href.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
  if (!trimmed.startsWith('/') && from === undefined) return undefined;
  const url = new URL(trimmed, `${ORIGIN}${from ?? '/'}`);
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { path: decode(url.pathname), anchor: url.hash ? decode(url.hash.slice(1)) : undefined };
}

/** The page an entry makes, if any: the first of its collection's page addresses. */
function pageOf(site: SiteMap, collection: CollectionName, entry: LoadedEntry): string | undefined {
  const template = site.templates[collection]?.find((t) => t.endsWith('/'));
  return template?.replace('{id}', entry.id);
}

/** The address with the same parent whose last part is closest to the link's: /figurs/ → /figures/. */
function nearAddress(path: string, site: SiteMap): string | undefined {
  const split = (a: string) => /^(.*\/)([^/]+)(\/?)$/.exec(a);
  const [, parent, last, slash] = split(path) ?? [];
  if (last === undefined) return undefined;
  const siblings = new Map<string, string>();
  for (const address of site.addresses.keys()) {
    const [, p, l, s] = split(address) ?? [];
    if (p === parent && s === slash && l !== undefined) siblings.set(l, address);
  }
  const near = nearest(last, siblings.keys());
  return near === undefined ? undefined : siblings.get(near);
}

/** What is wrong with a link, or undefined when it goes where it should. */
export function linkProblem(href: string, from: string | undefined, site: SiteMap): string | undefined {
  const target = linkTarget(href, from);
  if (!target) return undefined;
  const { path, anchor } = target;
  const page = site.addresses.get(path);
  if (!page) {
    if (site.addresses.has(`${path}/`)) return `the link to ${href} needs a slash at the end of its address: write ${path}/${anchor ? `#${anchor}` : ''}`;
    const rooted = path.replace(/^\/[^/]+/, '');
    if (rooted && site.addresses.has(rooted)) {
      return `the link to ${href} goes to no page: write it from the site's root, ${rooted}, without ${path.slice(0, path.length - rooted.length)}: the build adds the base path`;
    }
    const near = nearAddress(path, site);
    const guess = near ? ` (did you mean ${near}?)` : '';
    for (const [collection, templates] of Object.entries(site.templates) as [CollectionName, readonly string[]][]) {
      for (const template of templates) {
        const [before, after] = template.split('{id}') as [string, string];
        const id = path.startsWith(before) && path.endsWith(after) ? path.slice(before.length, path.length - after.length) : '';
        if (id && !id.includes('/')) return `the link to ${href} goes to no page: no file ${fileFor(collection, id)} exists. Check the address${guess}`;
      }
    }
    return `the link to ${href} goes to no page of the site: check the address${guess}`;
  }
  if (anchor && page.anchors && !page.anchors.has(anchor)) {
    const near = nearest(anchor, page.anchors);
    return `the link to ${href} goes to no heading or section: ${path} has no anchor #${anchor}${near ? ` (did you mean #${near}?)` : '. Check the heading it should go to'}`;
  }
  return undefined;
}

function entryLinks(site: SiteMap, collection: CollectionName, entry: LoadedEntry): ContentProblem[] {
  const from = pageOf(site, collection, entry);
  const problems: ContentProblem[] = [];
  if (entry.body) {
    for (const link of outline(entry.body, entry.file.endsWith('.mdx')).links) {
      const message = linkProblem(link.href, from, site);
      if (message) problems.push({ file: entry.where, field: '', line: entry.bodyLine + (link.line ?? 1) - 1, message });
    }
  }
  for (const text of entry.markdown) {
    for (const link of outline(text.text, false).links) {
      const message = linkProblem(link.href, from, site);
      if (message) problems.push({ file: entry.where, field: text.field, line: text.line, message });
    }
  }
  return problems;
}

/** Every internal link in the content goes to a page, and to an anchor, that the build will make. */
export const internalLinks: ContentRule = ({ entries, site }) =>
  COLLECTION_NAMES.flatMap((name) => (entries[name] as LoadedEntry[]).flatMap((entry) => entryLinks(site, name, entry)));
