/**
 * The site's sections, in the order every list of them follows: the header's navigation, the home
 * page's ways in, the 404 page's list, and the search page's filters and browse links. Ids and index
 * values only: a section's address is its page's (section-pages.ts), its name is in src/i18n
 * (`ui.sections`), and its sentence on the home page is `summary` in its content/sections/ file.
 */
import type { SectionId } from './section-pages';

export const SITE_SECTIONS = [
  { id: 'figures', filter: 'Figures' },
  { id: 'background', filter: 'Background' },
  { id: 'programme', filter: 'Programme' },
  { id: 'speakers', filter: 'Speakers' },
  { id: 'conference', filter: 'Conference' },
] as const satisfies readonly { id: SectionId; filter: string }[];

export type SiteSectionId = (typeof SITE_SECTIONS)[number]['id'];

/** The search index's filter value for the other pages (content/pages: about, glossary, …). */
export const PAGES_FILTER = 'About';

/** A value of the search index's `section` filter: BaseLayout's `section`, and /search/?section=…. */
export type SearchSection = (typeof SITE_SECTIONS)[number]['filter'] | typeof PAGES_FILTER;
