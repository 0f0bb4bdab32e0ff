/**
 * The section pages and what each shows from its file in content/sections/: the pages are the
 * site's routes, so this list belongs to the code; the words belong to the files. A part is named by
 * its `id` and shows the fields listed here (a heading, a paragraph of text, a list of links).
 */
export type PartField = 'heading' | 'text' | 'links';

export interface PagePart {
  /** The fields the page shows for this part. */
  shows: readonly PartField[];
  /** Where the part appears, for the field reference. */
  about: string;
}

export interface SectionPage {
  /** The page's address. */
  address: string;
  /** Each part the page shows, by id. */
  parts: Readonly<Record<string, PagePart>>;
  /** The page shows `searches` (searches to try). */
  searches?: boolean;
}

export const SECTIONS_FOLDER = 'content/sections';

const part = (shows: readonly PartField[], about: string): PagePart => ({ shows, about });

export const SECTION_PAGES = {
  home: {
    address: '/',
    parts: {
      'key-figures': part(
        ['heading', 'links'],
        'the headline figures: the introduction is shown under the heading, the link after the figures',
      ),
      explore: part(['heading'], "the way in to each section: its name and the `summary` of the section's file"),
    },
  },
  figures: {
    address: '/figures/',
    parts: {
      note: part(['text'], 'a smaller paragraph after the introduction'),
      downloads: part(['heading', 'text'], 'the box with the CSV and JSON downloads'),
      topics: part(['heading'], 'the list of topics at the top'),
      differ: part(['heading', 'text'], '"Where sources differ", above the notes of content/disagreements.yaml'),
    },
  },
  background: {
    address: '/background/',
    parts: {
      reading: part(['text'], 'a paragraph after the introduction, before the articles'),
      articles: part(['heading'], 'the list of articles'),
      timeline: part(['heading', 'text'], 'the timeline of content/milestones.yaml; its heading also ends the last article'),
    },
  },
  programme: {
    address: '/programme/',
    parts: { untimed: part(['text'], 'a paragraph after the introduction, shown while any session has no confirmed times') },
  },
  speakers: { address: '/speakers/', parts: {} },
  conference: { address: '/conference/', parts: {} },
  search: {
    address: '/search/',
    parts: {
      'suggest-figures': part(['heading'], 'before a search: the headline figures'),
      'suggest-more': part(['heading', 'links'], 'before a search: ways in to the conference'),
      try: part(['heading'], 'before a search: the searches to try, listed in `searches`'),
    },
    searches: true,
  },
  'not-found': { address: '/404.html', parts: {} },
  changes: { address: '/changes/', parts: {} },
} as const satisfies Record<string, SectionPage>;

export type SectionId = keyof typeof SECTION_PAGES;

export const isSectionId = (id: string): id is SectionId => Object.hasOwn(SECTION_PAGES, id);
