/**
 * The section pages and what each shows from its file in content/sections/: the pages are the
 * site's routes, so this list belongs to the code; the words belong to the files. A part is named by
 * its `id` and shows the fields listed here (a heading, a paragraph of text, a list of links).
 */
export type PartField = 'heading' | 'text' | 'links';

export interface SectionPage {
  /** The page's address. */
  address: string;
  /** Each part the page shows, by id, with the fields it shows. */
  parts: Readonly<Record<string, readonly PartField[]>>;
  /** The page shows `searches` (searches to try). */
  searches?: boolean;
}

export const SECTIONS_FOLDER = 'content/sections';

export const SECTION_PAGES = {
  home: { address: '/', parts: { 'key-figures': ['heading', 'links'], explore: ['heading', 'links'] } },
  figures: { address: '/figures/', parts: { note: ['text'], downloads: ['heading', 'text'], topics: ['heading'], differ: ['heading', 'text'] } },
  background: { address: '/background/', parts: { reading: ['text'], articles: ['heading'], timeline: ['heading', 'text'] } },
  programme: { address: '/programme/', parts: { untimed: ['text'] } },
  speakers: { address: '/speakers/', parts: {} },
  conference: { address: '/conference/', parts: {} },
  search: { address: '/search/', parts: { 'suggest-figures': ['heading'], 'suggest-more': ['heading', 'links'], try: ['heading'] }, searches: true },
  'not-found': { address: '/404.html', parts: { elsewhere: ['links'] } },
} as const satisfies Record<string, SectionPage>;

export type SectionId = keyof typeof SECTION_PAGES;

export const isSectionId = (id: string): id is SectionId => Object.hasOwn(SECTION_PAGES, id);
