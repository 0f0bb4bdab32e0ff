// The rule for links within the site, in Markdown and MDX bodies, in the short texts of YAML files
// ([words](/address/), text-rules.ts lists them) and in the links of the section pages: each must go to
// a page the build will make and, with #anchor, to a heading or section on it. Links are written from
// the site's root (/figures/x/): the build adds the base path (src/lib/rehype-base-links.ts).
import { COLLECTION_NAMES, type CollectionName } from '../schemas';
import type { ContentProblem } from './content-errors';
import type { ContentRule, LoadedContent, LoadedEntry } from './content-rules';
import { normaliseUrl } from './body-markup';
import { asList, asRecord, asString } from './content-entry';
import { linkKind, linksIn } from './inline-text';
import { isSectionId, SECTION_PAGES } from './section-pages';
import { textsOf } from './text-rules';
import { outline } from './markdown-outline';
import { nearest } from './nearest';
import { fileFor } from './references';
import type { SiteMap } from './site-map';

const ORIGIN = 'https://site.invalid';

/** The address and anchor a link goes to, or undefined for a link that leaves the site. */
export function linkTarget(href: string, from: string | undefined): { path: string; anchor?: string } | undefined {
  // As a browser reads it: "jav&#x61;script:" is javascript:, which body-markup.ts reports.
  const trimmed = (/[&\u0000-\u001f]/.test(href) ? normaliseUrl(href) : href).trim();
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
    if (site.addresses.has(`${path}/`))
      return `the link to ${href} needs a slash at the end of its address: write ${path}/${anchor ? `#${anchor}` : ''}`;
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
        if (id && !id.includes('/'))
          return `the link to ${href} goes to no page: no file ${fileFor(collection, id)} exists. Check the address${guess}`;
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

function bodyLinks(site: SiteMap, collection: CollectionName, entry: LoadedEntry): ContentProblem[] {
  if (!entry.body) return [];
  const from = pageOf(site, collection, entry) ?? sectionPage(entry.file);
  return outline(entry.body, entry.file.endsWith('.mdx')).links.flatMap((link) => {
    const message = linkProblem(link.href, from, site);
    return message ? [{ file: entry.where, field: '', line: entry.bodyLine + (link.line ?? 1) - 1, message }] : [];
  });
}

/** The page a file of content/sections/ gives its words to, e.g. content/sections/figures.md → /figures/. */
function sectionPage(file: string): string | undefined {
  const id = /^content\/sections\/([^/]+)\.md$/.exec(file)?.[1];
  return id && isSectionId(id) ? SECTION_PAGES[id].address : undefined;
}

/** The links of the short texts of YAML files, and the links of the section pages' parts. */
function textLinks(entries: LoadedContent, site: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (file: string, field: string, href: string) => {
    const message = linkProblem(href, sectionPage(file), site);
    if (message) problems.push({ file, field, message });
  };
  // A link of a kind no text may hold (javascript:, a relative address) is textRule's to report.
  for (const t of textsOf(entries)) {
    if (t.markdown) continue;
    for (const l of linksIn(t.text)) if (linkKind(l.link) === 'internal' || linkKind(l.link) === 'anchor') check(t.file, t.field, l.link);
  }
  for (const section of entries.sections) {
    asList(section.data.parts).forEach((part, i) =>
      asList(asRecord(part).links).forEach((link, j) => {
        const href = asString(asRecord(link).link);
        if (href) check(section.where, `parts[${i + 1}].links[${j + 1}].link`, href);
      }),
    );
  }
  return problems;
}

/** Every internal link in the content goes to a page, and to an anchor, that the build will make. */
export const internalLinks: ContentRule = ({ entries, site }) => [
  ...COLLECTION_NAMES.flatMap((name) => (entries[name] as LoadedEntry[]).flatMap((entry) => bodyLinks(site, name, entry))),
  ...textLinks(entries, site),
];
