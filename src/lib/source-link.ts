/** What a source's link leads to, in words for readers: a full sentence for the figure page, a short tag beside a link (src/i18n: sourceLink). */
import type { SourceLink } from '../schemas/source';
import { ui } from '../i18n';

/** One sentence per kind of link, for the figure page's Source section. */
export const SOURCE_LINK_TEXT: Record<SourceLink, string> = ui.sourceLink.text;

/** A few words beside a link, e.g. "(launch page)"; none for the publication's own page. */
export const SOURCE_LINK_TAG: Record<SourceLink, string | undefined> = ui.sourceLink.tag;
