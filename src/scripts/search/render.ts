// Builds the DOM of search results with elements and text nodes only: nothing from the index or
// the query is ever parsed as HTML.
import { buildExcerpt } from '../../lib/search-excerpt';
import { resultHref } from '../../lib/search-url';
import type { PagefindResultData } from './pagefind';
import type { SearchWords } from './words';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What a result shows under its title: a figure's year and source, a session's day and time. */
function details(r: PagefindResultData, words: SearchWords): string[] {
  const { year, source, day, time } = r.meta;
  return [year, source && words.status.source.replace('{source}', () => source), day, time].filter((s): s is string => Boolean(s));
}

/** The excerpt, with the words that matched marked; a figure's hidden other spellings left out. */
function excerpt(r: PagefindResultData): HTMLParagraphElement {
  const p = el('p', 'mt-1');
  for (const part of buildExcerpt(r.content, r.locations, { hidden: r.meta.spellings, fallback: r.meta.value })) {
    p.append(part.mark ? el('mark', '', part.text) : document.createTextNode(part.text));
  }
  return p;
}

/** One result: section (and topic or day), title linking to the page, details, excerpt. */
export function resultItem(r: PagefindResultData, terms: string[], words: SearchWords): HTMLLIElement {
  const li = el('li', 'py-5');
  const section = r.filters.section?.[0];
  const eyebrow = [section && (words.sections[section] ?? section), r.filters.topic?.[0] ?? r.filters.day?.[0]].filter(Boolean).join(' · ');
  if (eyebrow) li.append(el('p', 'eyebrow', eyebrow));
  const heading = el('h2', 'mt-1 text-lg font-semibold leading-snug');
  const link = el('a', 'search-result-link', r.meta.title ?? r.url);
  link.href = resultHref(r.url, terms);
  heading.append(link);
  li.append(heading);
  const info = details(r, words);
  if (info.length) li.append(el('p', 'mt-1 text-sm text-muted', info.join(' · ')));
  li.append(excerpt(r));
  return li;
}
