// The search page's state in its address, so a search can be shared and the back button works:
// /search/?q=27.6+million&section=Figures. And a result's address, which carries the words to
// highlight on its page (/figures/x/?highlight=27.6+million), read there by search-highlight.ts.

import { PAGES_FILTER, SITE_SECTIONS, type SearchSection } from './sections';

export type { SearchSection };

/** Sections a search can be narrowed to: the values of the index's `section` filter, in the sections' order. */
export const SEARCH_SECTIONS: readonly SearchSection[] = [...SITE_SECTIONS.map((s) => s.filter), PAGES_FILTER];

export interface SearchState {
  query: string;
  sections: SearchSection[];
}

const isSection = (s: string): s is SearchSection => (SEARCH_SECTIONS as readonly string[]).includes(s);

/** Reads the query and the chosen sections from a search address ("?q=…&section=…"); unknown sections are dropped. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sections = [...new Set(params.getAll('section'))].filter(isSection);
  return { query: params.get('q') ?? '', sections: SEARCH_SECTIONS.filter((s) => sections.includes(s)) };
}

/** The search address part for a state: "?q=27.6+million&section=Figures", or "" for none. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const s of SEARCH_SECTIONS) if (state.sections.includes(s)) params.append('section', s);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The parameter that carries the words to highlight. Kept in step with search-highlight.ts, which
 * every page loads and so shares no code with the search page (a round-trip test checks them).
 */
const HIGHLIGHT_PARAM = 'highlight';

/** A result's address with the words to highlight there, keeping any #fragment last. */
export function resultHref(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms.join(' ')).replace(/%20/g, '+')}${fragment}`;
}
