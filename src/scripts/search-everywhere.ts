// The only search script on every page, and tiny: "/" moves focus to the search field (the
// search page's own field there; the reader can turn this off on the search page), and a page opened from a search result (?highlight=…) marks
// the words searched for. Pagefind is loaded by the search page, and here only once the reader
// puts the cursor in the header's search field, so that the search page finds its files in the
// browser's cache. (Inline rather than through search/pagefind.ts: sharing that module would put a
// second script on every page.)
import { highlightPattern, readHighlightTerms, splitMatches } from '../lib/search-highlight';
import { SHORTCUT_OFF, SHORTCUT_STORAGE_KEY } from '../lib/shortcut-preference';
import type { Pagefind } from './search/pagefind';

document.getElementById('site-search')?.addEventListener(
  'focus',
  () => {
    const script = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    // Only a head start (in Pagefind's web worker, off this page's main thread): the search page reports a failure.
    import(/* @vite-ignore */ script).then((pagefind: Pagefind) => pagefind.init()).catch(() => undefined);
  },
  { once: true },
);

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  try {
    if (localStorage.getItem(SHORTCUT_STORAGE_KEY) === SHORTCUT_OFF) return;
  } catch {
    // Storage blocked: the shortcut stays on.
  }
  const target = event.target as HTMLElement;
  if (target.isContentEditable || target.closest('input, textarea, select')) return;
  const field = document.getElementById('search-input') ?? document.getElementById('site-search');
  if (!(field instanceof HTMLInputElement)) return;
  event.preventDefault();
  field.focus();
  field.select();
});

const pattern = highlightPattern(readHighlightTerms(location.search));
const main = document.getElementById('main');
if (pattern && main) {
  const skip = 'script, style, noscript, [hidden], mark, [data-pagefind-ignore]';
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest(skip)) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = splitMatches(node.data, pattern);
    if (parts.some((p) => p.mark)) {
      node.replaceWith(...parts.map((p) => (p.mark ? Object.assign(document.createElement('mark'), { textContent: p.text }) : p.text)));
    }
  }
}
