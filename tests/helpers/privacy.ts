// Static privacy and security checks of built HTML and CSS: nothing is loaded from another origin,
// no inline script or event handler (the Content-Security-Policy would block them), and every link
// to another site carries rel="noopener noreferrer".
import { srcsetUrls, startTags, tokens, type Tag } from './html';

/** The origin a URL would be fetched from, when that is not the site's own; undefined otherwise. */
export function foreignOrigin(url: string, site: URL): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url.trim(), site);
  } catch {
    return undefined;
  }
  if (!/^(https?|wss?|ftp):$/.test(resolved.protocol)) return undefined;
  return resolved.origin === site.origin ? undefined : resolved.origin;
}

/** <link rel> values that name a related page rather than fetch a resource. */
const NON_FETCHING_REL = new Set([
  'canonical',
  'alternate',
  'sitemap',
  'author',
  'license',
  'help',
  'next',
  'prev',
  'me',
  'bookmark',
  'external',
  'tag',
]);
const URL_ATTRS = ['src', 'poster', 'data', 'background', 'ping', 'formaction', 'action', 'manifest', 'longdesc'];

/** The URLs a tag makes the browser fetch (or send data to, for forms and pings). */
function fetchedUrls(tag: Tag): string[] {
  const urls: string[] = [];
  for (const attr of URL_ATTRS)
    if (tag.attrs[attr] !== undefined) urls.push(...(attr === 'ping' ? tag.attrs.ping!.split(/\s+/).filter(Boolean) : [tag.attrs[attr]!]));
  if (tag.attrs.srcset) urls.push(...srcsetUrls(tag.attrs.srcset));
  if (tag.attrs.imagesrcset) urls.push(...srcsetUrls(tag.attrs.imagesrcset));
  if (tag.name === 'link' && tag.attrs.href !== undefined && !tokens(tag.attrs.rel).every((r) => NON_FETCHING_REL.has(r)))
    urls.push(tag.attrs.href);
  if (['base', 'image', 'use', 'feimage'].includes(tag.name))
    urls.push(...[tag.attrs.href, tag.attrs['xlink:href']].filter((u): u is string => u !== undefined));
  if (tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'refresh') {
    const target = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.content ?? '')?.[1];
    if (target) urls.push(target);
  }
  return urls;
}

/** @import and url() in CSS that point to another origin. */
export function cssProblems(css: string, site: URL): string[] {
  const problems: string[] = [];
  const refs = [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi), ...css.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/gi)];
  for (const m of refs) {
    const origin = foreignOrigin(m[1]!, site);
    if (origin) problems.push(`CSS loads ${m[1]} from ${origin}`);
  }
  return problems;
}

/** Resources a page would fetch from another origin: scripts, styles, images, frames, fonts, forms. */
export function externalResourceProblems(html: string, site: URL): string[] {
  const problems: string[] = [];
  for (const tag of startTags(html)) {
    for (const url of fetchedUrls(tag)) {
      const origin = foreignOrigin(url, site);
      if (origin) problems.push(`${tag.source} loads from ${origin}`);
    }
    if (tag.attrs.style) problems.push(...cssProblems(tag.attrs.style, site).map((p) => `${tag.source}: ${p}`));
    if (tag.name === 'style' && tag.text) problems.push(...cssProblems(tag.text, site));
  }
  return problems;
}

/** Script types that are data, not code: the browser never runs them, so the CSP does not apply. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json', 'importmap']);

/** Code the Content-Security-Policy forbids: inline scripts, event handler attributes, javascript: URLs. */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  for (const tag of startTags(html)) {
    if (
      tag.name === 'script' &&
      tag.attrs.src === undefined &&
      !DATA_SCRIPT_TYPES.has((tag.attrs.type ?? '').toLowerCase()) &&
      tag.text?.trim()
    ) {
      problems.push(`inline script: ${tag.source}${tag.text.trim().slice(0, 60)}`);
    }
    for (const [name, value] of Object.entries(tag.attrs)) {
      if (/^on[a-z]+$/.test(name)) problems.push(`inline event handler ${name} on ${tag.source}`);
      if (/^\s*javascript:/i.test(value)) problems.push(`javascript: URL in ${name} on ${tag.source}`);
    }
  }
  return problems;
}

/** Links to other sites (<a>, <area>) without rel="noopener noreferrer". */
export function externalLinkRelProblems(html: string, site: URL): string[] {
  return startTags(html)
    .filter((t) => (t.name === 'a' || t.name === 'area') && t.attrs.href !== undefined && foreignOrigin(t.attrs.href, site))
    .filter((t) => !['noopener', 'noreferrer'].every((r) => tokens(t.attrs.rel).includes(r)))
    .map((t) => `link to another site without rel="noopener noreferrer": ${t.source}`);
}

/** A Netlify / Cloudflare Pages _headers file: URL pattern → header name (lower-case) → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? new Map<string, string>();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon === -1) throw new Error(`_headers: cannot read "${line.trim()}": expected "Name: value" under a URL pattern`);
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}
