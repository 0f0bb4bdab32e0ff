// The search page: reads the query and sections from the address, searches as the reader types,
// keeps the address in step (shareable; the back button returns to earlier searches) and says
// how many results there are: at once on screen, and in a polite live region once the reader pauses.
//
// Fast first results: Pagefind starts loading with the page; each keystroke searches at once (a
// search fetches the parts of the index its query needs, so it is its own preload; a search
// overtaken by the next keystroke shows nothing); results appear one by one as their text arrives,
// and the section counts follow. The address follows once the reader pauses, so that typing does
// not flood the browser's history API.
import { inOrder } from '../../lib/in-order';
import { MAX_QUERY_LENGTH, normaliseQuery, queryTerms } from '../../lib/search-query';
import { statusMessage } from '../../lib/search-status';
import { readSearchState, searchQueryString, SEARCH_SECTIONS, type SearchSection, type SearchState } from '../../lib/search-url';
import { arrowNavigation } from './keyboard';
import { loadPagefind, type PagefindFilters, type PagefindResult } from './pagefind';
import { resultItem } from './render';
import { setUpShortcutToggle } from './shortcut-toggle';
import { readWords } from './words';

const PAGE_SIZE = 10;
/** Wait after the last keystroke before updating the address, and before announcing the count. */
const TYPING_PAUSE_MS = 200;
const ANNOUNCE_PAUSE_MS = 700;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-input');
const countLine = byId<HTMLElement>('search-count');
const statusLine = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const panels = { suggestions: byId('search-suggestions'), none: byId('search-none'), error: byId('search-error') };
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="section"]')];
const root = form.dataset.pagefindRoot ?? '/pagefind/';
const pageTitle = document.title;
const words = readWords(form);

setUpShortcutToggle(byId<HTMLButtonElement>('shortcut-toggle'), byId<HTMLElement>('shortcut-status'), words.shortcut);

let run = 0;
let remaining: PagefindResult[] = [];
let terms: string[] = [];
let addressTimer: ReturnType<typeof setTimeout> | undefined;
let announceTimer: ReturnType<typeof setTimeout> | undefined;

const stateFromForm = (): SearchState => ({
  query: input.value,
  sections: SEARCH_SECTIONS.filter((s) => boxes.some((b) => b.checked && b.value === s)),
});

/** The section filter of a search; none when the reader chose none (every indexed page has a section). */
const sectionFilter = (sections: readonly SearchSection[]): { filters?: PagefindFilters } =>
  sections.length ? { filters: { section: { any: [...sections] } } } : {};

function applyState(state: SearchState): void {
  input.value = state.query;
  for (const box of boxes) box.checked = state.sections.includes(box.value as SearchSection);
}

function show(panel: keyof typeof panels | null): void {
  for (const [name, node] of Object.entries(panels)) node.hidden = name !== panel;
}

/** Shows the sentence at once; screen readers hear it (live region) once the reader pauses. */
function announce(text: string, now = false): void {
  countLine.textContent = text;
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => (statusLine.textContent = text), now ? 0 : ANNOUNCE_PAUSE_MS);
}

function showCounts(counts: Record<string, number> | undefined): void {
  for (const box of boxes) {
    const slot = box.parentElement?.querySelector('[data-count]');
    if (slot) slot.textContent = counts ? `(${counts[box.value] ?? 0})` : '';
  }
}

/**
 * Shows the next page of results, each as soon as its text has arrived, in rank order (result 1
 * never waits for result 10). With `replace`, the first new result replaces the results shown
 * before. `first` gets the first new link as soon as it is shown. Throws when none could be loaded.
 */
async function showMore(
  id: number,
  { replace = false, first }: { replace?: boolean; first?: (link: HTMLAnchorElement) => void } = {},
): Promise<void> {
  const next = remaining.slice(0, PAGE_SIZE);
  remaining = remaining.slice(PAGE_SIZE);
  more.hidden = true;
  let clear = replace;
  const shown = await inOrder(
    next.map((r) => r.data()),
    (data) => {
      if (id !== run) return;
      const item = resultItem(data, terms, words);
      if (clear) {
        // The panel shown before (suggestions, "no results") goes in the same frame as the first result comes.
        show(null);
        list.replaceChildren(item);
      } else list.append(item);
      clear = false;
      const link = item.querySelector('a');
      if (first && link) first(link);
      first = undefined;
    },
    (error) => console.error('A search result could not be loaded', error),
  );
  if (id !== run) return;
  if (shown === 0 && next.length > 0) throw new Error('No search result could be loaded');
  more.hidden = remaining.length === 0;
}

async function search(state: SearchState): Promise<void> {
  const id = ++run;
  const { query, truncated } = normaliseQuery(state.query);
  terms = queryTerms(query);
  document.title = query ? `${query}: ${pageTitle}` : pageTitle;
  if (!query) {
    list.replaceChildren();
    more.hidden = true;
    showCounts(undefined);
    show('suggestions');
    announce('', true);
    return;
  }
  try {
    const pagefind = await loadPagefind(root);
    const found = await pagefind.search(query, sectionFilter(state.sections));
    if (!found || id !== run) return;
    remaining = found.results;
    if (!found.results.length) {
      list.replaceChildren();
      show('none');
    }
    // The results' text comes first; once the first result is on screen (or none can be), the count
    // per section, from a search over all sections unless this one was filtered (Pagefind counts
    // per section only for a filtered search), so that it does not compete with the first result.
    let firstShown!: () => void;
    const first = new Promise<void>((resolve) => (firstShown = resolve));
    const shown = showMore(id, { replace: true, first: () => firstShown() }).finally(firstShown);
    const counts = state.sections.length
      ? Promise.resolve(found.totalFilters?.section)
      : first.then(() => pagefind.search(query, sectionFilter(SEARCH_SECTIONS))).then((all) => all?.totalFilters?.section);
    const [, perSection] = await Promise.all([shown, counts]);
    if (id !== run) return;
    showCounts(perSection);
    const chosen = state.sections.map((s) => words.sections[s] ?? s);
    announce(
      statusMessage(
        { query, count: found.results.length, sections: chosen, truncated, maxLength: MAX_QUERY_LENGTH },
        words.status,
        words.locale,
      ),
    );
  } catch (error) {
    if (id !== run) return;
    console.error('Search could not be loaded', error);
    list.replaceChildren();
    more.hidden = true;
    showCounts(undefined);
    show('error');
    announce(words.status.failed, true);
  }
}

/** Puts the form's state in the address: a new history entry (`push`) or in place of the current one. */
function setAddress(state: SearchState, mode: 'push' | 'replace'): void {
  clearTimeout(addressTimer);
  const address = `${location.pathname}${searchQueryString(state)}`;
  if (address !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', address);
}

function update(mode: 'push' | 'replace'): void {
  const state = stateFromForm();
  setAddress(state, mode);
  void search(state);
}

input.addEventListener('input', () => {
  const state = stateFromForm();
  void search(state);
  clearTimeout(addressTimer);
  addressTimer = setTimeout(() => setAddress(state, 'replace'), TYPING_PAUSE_MS);
});
for (const box of boxes) box.addEventListener('change', () => update('push'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  update('push');
});
more.addEventListener('click', () => {
  showMore(run, { first: (link) => link.focus() }).catch((error: unknown) => console.error('Search results could not be loaded', error));
});
window.addEventListener('popstate', () => {
  const state = readSearchState(location.search);
  applyState(state);
  void search(state);
});
arrowNavigation(input, list);

// Fetch Pagefind and its index's entry point now, while the reader reads the page.
loadPagefind(root).catch(() => undefined); // a search reports the failure
const initial = readSearchState(location.search);
applyState(initial);
void search(initial);
