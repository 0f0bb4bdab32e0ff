// The search page: reads the query and sections from the address, searches as the reader types,
// keeps the address in step (shareable; the back button returns to earlier searches) and says
// how many results there are: at once on screen, and in a polite live region once the reader pauses.
import { MAX_QUERY_LENGTH, normaliseQuery, queryTerms } from '../../lib/search-query';
import { statusMessage } from '../../lib/search-status';
import { readSearchState, searchQueryString, SEARCH_SECTIONS, type SearchSection, type SearchState } from '../../lib/search-url';
import { arrowNavigation } from './keyboard';
import { loadPagefind, type PagefindResult } from './pagefind';
import { resultItem } from './render';
import { setUpShortcutToggle } from './shortcut-toggle';
import { readWords } from './words';

const PAGE_SIZE = 10;
/** Wait after the last keystroke before searching, and before announcing the count. */
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
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let announceTimer: ReturnType<typeof setTimeout> | undefined;

const stateFromForm = (): SearchState => ({
  query: input.value,
  sections: SEARCH_SECTIONS.filter((s) => boxes.some((b) => b.checked && b.value === s)),
});

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

/** Shows the next page of results; returns the first new link. */
async function showMore(id: number): Promise<HTMLAnchorElement | undefined> {
  const next = remaining.slice(0, PAGE_SIZE);
  remaining = remaining.slice(PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (id !== run) return undefined;
  const items = data.map((d) => resultItem(d, terms, words));
  list.append(...items);
  more.hidden = remaining.length === 0;
  return items[0]?.querySelector('a') ?? undefined;
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
    // Every indexed page has a section; naming them all when none is chosen makes Pagefind count per section.
    const sections = state.sections.length ? state.sections : SEARCH_SECTIONS;
    const found = await pagefind.search(query, { filters: { section: { any: [...sections] } } });
    if (!found || id !== run) return;
    remaining = found.results;
    list.replaceChildren();
    await showMore(id);
    if (id !== run) return;
    showCounts(found.totalFilters?.section);
    show(found.results.length ? null : 'none');
    const chosen = state.sections.map((s) => words.sections[s] ?? s);
    announce(statusMessage({ query, count: found.results.length, sections: chosen, truncated, maxLength: MAX_QUERY_LENGTH }, words.status, words.locale));
  } catch (error) {
    if (id !== run) return;
    console.error('Search could not be loaded', error);
    list.replaceChildren();
    more.hidden = true;
    show('error');
    announce(words.status.failed, true);
  }
}

function update(mode: 'push' | 'replace'): void {
  const state = stateFromForm();
  const address = `${location.pathname}${searchQueryString(state)}`;
  if (address !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', address);
  void search(state);
}

// Fetch the index while the reader is still typing the first word.
input.addEventListener('focus', () => void loadPagefind(root).catch(() => undefined), { once: true });
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => update('replace'), TYPING_PAUSE_MS);
});
for (const box of boxes) box.addEventListener('change', () => update('push'));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  update('push');
});
more.addEventListener('click', async () => (await showMore(run))?.focus());
window.addEventListener('popstate', () => {
  const state = readSearchState(location.search);
  applyState(state);
  void search(state);
});
arrowNavigation(input, list);

const initial = readSearchState(location.search);
applyState(initial);
void search(initial);
