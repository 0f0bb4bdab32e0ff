// The search page: runs Pagefind on ?q= and as the reader types. Results are built with DOM
// methods and textContent, except Pagefind's excerpt, whose only markup is its own <mark>.
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const statusLine = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const root = form.dataset.pagefindRoot ?? '/pagefind/';

let pagefind: Promise<Pagefind> | undefined;
const load = () => (pagefind ??= import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Pagefind>);

/** Keeps only Pagefind's <mark> highlighting; everything else in an excerpt is text. */
function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  excerpt.split(/(<mark>[^<]*<\/mark>)/).forEach((part) => {
    const m = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = m[1] ?? '';
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(part.replace(/<[^>]*>/g, '')));
    }
  });
  return fragment;
}

function render(results: PagefindResult[], query: string): void {
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      li.className = 'py-4';
      const section = r.filters.section?.[0];
      if (section) {
        const eyebrow = document.createElement('p');
        eyebrow.className = 'eyebrow';
        eyebrow.textContent = section;
        li.append(eyebrow);
      }
      const link = document.createElement('a');
      link.href = r.url;
      link.className = 'text-lg font-semibold';
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement('p');
      excerpt.append(excerptNode(r.excerpt));
      li.append(link, excerpt);
      return li;
    }),
  );
  statusLine.textContent = results.length
    ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`
    : `No results for “${query}”. Try fewer words, another spelling, or browse the sections below.`;
}

async function run(query: string): Promise<void> {
  const q = query.trim().slice(0, 200);
  if (!q) {
    list.replaceChildren();
    statusLine.textContent = 'Type a figure, a name or a topic, for example 27.6 million.';
    return;
  }
  try {
    const pf = await load();
    const search = await pf.debouncedSearch(q, {}, 150);
    if (!search) return;
    render(await Promise.all(search.results.slice(0, 20).map((r) => r.data())), q);
  } catch (error) {
    console.error('Search failed to load', error);
    statusLine.textContent = 'Search could not be loaded. Please browse the sections below instead.';
  }
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial);
input.addEventListener('input', () => {
  const params = new URLSearchParams(location.search);
  if (input.value) params.set('q', input.value);
  else params.delete('q');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  void run(input.value);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value);
});
export {};
