// Internal links of the built site: every href, src and srcset that stays on the site must name a
// file of the build, and every #fragment an element with that id on the target page.
import { srcsetUrls, startTags } from './html';

interface LinkRef {
  /** The attribute the URL came from, e.g. "href". */
  attr: string;
  url: string;
  /** The tag as written, for messages. */
  source: string;
}

/** Every URL in href, src, srcset, poster, action and data attributes of a page. */
function linkRefs(html: string): LinkRef[] {
  const refs: LinkRef[] = [];
  for (const tag of startTags(html)) {
    for (const attr of ['href', 'src', 'poster', 'action', 'formaction', 'data']) {
      const value = tag.attrs[attr];
      if (value !== undefined) refs.push({ attr, url: value, source: tag.source });
    }
    for (const attr of ['srcset', 'imagesrcset']) {
      const value = tag.attrs[attr];
      if (value) for (const url of srcsetUrls(value)) refs.push({ attr, url, source: tag.source });
    }
  }
  return refs;
}

/** The ids a fragment can point to on a page: id attributes and <a name>. */
function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of startTags(html)) {
    if (tag.attrs.id) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  return ids;
}

/** The address a built file is served at, e.g. "figures/x/index.html" → "/base/figures/x/". */
export function pagePath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

export type Target =
  { kind: 'external' } | { kind: 'outside-base'; path: string } | { kind: 'file'; file: string; fragment: string | undefined };

/**
 * Where a URL found on a page leads: another site (or mailto:, tel:…), a path outside the site's
 * base, or a file of the build (directories resolve to their index.html) with its fragment.
 */
export function resolveLink(url: string, pageUrl: URL, base: string): Target {
  let target: URL;
  try {
    target = new URL(url.trim(), pageUrl);
  } catch {
    return { kind: 'file', file: `(unparseable URL "${url}")`, fragment: undefined };
  }
  if (target.origin !== pageUrl.origin || !/^https?:$/.test(target.protocol)) return { kind: 'external' };
  const path = decodeURIComponent(target.pathname);
  if (!path.startsWith(base)) return { kind: 'outside-base', path };
  const relative = path.slice(base.length);
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : url.trim().endsWith('#') ? '' : undefined;
  return { kind: 'file', file, fragment };
}

/**
 * Every broken internal link of a build: pages maps each HTML file (relative to the output
 * directory) to its HTML; files lists every file of the build.
 */
export function brokenLinks(pages: Map<string, string>, files: Set<string>, site: URL, base: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsFor = (file: string) => ids.get(file) ?? ids.set(file, idsOf(pages.get(file) ?? '')).get(file)!;
  for (const [file, html] of pages) {
    const pageUrl = new URL(pagePath(file, base), site);
    for (const ref of linkRefs(html)) {
      const target = resolveLink(ref.url, pageUrl, base);
      if (target.kind === 'external') continue;
      const where = `${file}: ${ref.attr}="${ref.url}"`;
      if (target.kind === 'outside-base') {
        problems.push(`${where} leads outside the site's base ${base} (${target.path}); use url()`);
      } else if (!files.has(target.file)) {
        problems.push(
          files.has(`${target.file}/index.html`)
            ? `${where} names a directory: add the trailing slash`
            : `${where}: no such file ${target.file} in the build`,
        );
      } else if (target.fragment !== undefined) {
        if (!pages.has(target.file)) problems.push(`${where}: a #fragment on a file that is not a page`);
        else if (!idsFor(target.file).has(target.fragment))
          problems.push(`${where}: no element with id="${target.fragment}" on ${target.file}`);
      }
    }
  }
  return problems;
}
