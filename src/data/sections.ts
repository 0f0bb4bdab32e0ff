// The site's sections as links, in the order of src/lib/sections.ts: for the header, the home page,
// the 404 page and the search page.
import { SECTION_PAGES } from '../lib/section-pages';
import { SITE_SECTIONS, type SearchSection, type SiteSectionId } from '../lib/sections';
import { ui } from '../i18n';
import { url } from './links';
import { getSection } from './texts';

export interface SiteSectionLink {
  id: SiteSectionId;
  /** The section page's address, with the site's base path. */
  href: string;
  /** Its name, from src/i18n. */
  label: string;
  /** Its value of the search index's section filter. */
  filter: SearchSection;
}

/** Every section: address, name and search filter (no content is read). */
export const siteSections = (): SiteSectionLink[] =>
  SITE_SECTIONS.map((s) => ({ id: s.id, href: url(SECTION_PAGES[s.id].address), label: ui.sections[s.id], filter: s.filter }));

/** Every section with its sentence for the home page (`summary` in its content/sections/ file; '' when none). */
export async function sectionSummaries(): Promise<(SiteSectionLink & { summary: string })[]> {
  return Promise.all(siteSections().map(async (s) => ({ ...s, summary: (await getSection(s.id)).summary })));
}
