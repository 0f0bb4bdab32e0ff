// Loads Pagefind's browser API from the built index (dist/pagefind/) on first use, and types the
// parts of it the search page uses. Pagefind is fetched only by the search page.

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

export interface Pagefind {
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Imports pagefind.js from `root` (e.g. "/pagefind/") once; after a failure the next call tries again. */
export function loadPagefind(root: string): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Pagefind>)
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
