// Loads Pagefind's browser API from the built index (dist/pagefind/), once per page, and types the
// parts of it the site uses. The search page starts loading it as the page loads; the header's
// search field on other pages starts it when it gets focus, so that the search page finds it cached.

export interface PagefindResultData {
  url: string;
  /** The page's indexed text; `locations` count its words. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Results per filter value for the query, ignoring the filters chosen. */
  totalFilters?: Record<string, Record<string, number>>;
}

export type PagefindFilters = Record<string, { any: string[] }>;

export interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Imports pagefind.js from `root` (e.g. "/pagefind/") once and starts fetching its index; after a
 * failure the next call tries again. Pagefind runs in its web worker (its default): decompressing
 * the WebAssembly and the index and searching them would otherwise block the page for hundreds of
 * milliseconds on a slow phone. The worker is one more script (about 12 KiB gzip), fetched and
 * started with the rest before the reader types, so the first result does not wait for it.
 */
export function loadPagefind(root: string): Promise<Pagefind> {
  // A variable, not a literal: Vite then adds no module-preload helper (about 0.5 KiB) around the import.
  const script = `${root}pagefind.js`;
  loading ??= (import(/* @vite-ignore */ script) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
