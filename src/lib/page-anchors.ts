// The anchors each route's components make from the content, by route pattern, for the link check:
// the same functions the components call, so the two cannot drift apart. Headings written in a
// content file's text and id="…" in templates are found without this table.
import { figureCardAnchor, milestoneAnchor, titleAnchor, topicAnchor } from './anchors';
import type { LoadedContent } from './content-rules';
import { conferenceDays, dayAnchor, formatAnchor } from './programme';

/** With `id`, the anchors of the page made from that entry; without, those of a page with no [param]. */
export type RouteAnchors = (entries: LoadedContent, id?: string) => string[];

export const ROUTE_ANCHORS: Record<string, RouteAnchors> = {
  '/figures/': ({ figures }) => [
    ...new Set(figures.flatMap((f) => (f.data.topic ? [topicAnchor(f.data.topic)] : []))),
    ...figures.map((f) => figureCardAnchor(f.id)),
  ],
  '/background/': ({ milestones }) => milestones.flatMap((m) => [milestoneAnchor(m.id), titleAnchor(milestoneAnchor(m.id))]),
  '/programme/': ({ conference, sessions }) => {
    const { startDate, endDate } = conference[0]?.data ?? {};
    const days = startDate && endDate ? conferenceDays(startDate, endDate).map((_, i) => dayAnchor(i)) : [];
    const formats = [...new Set(sessions.flatMap((s) => (s.data.format ? [formatAnchor(s.data.format)] : [])))];
    return [...days, ...formats].flatMap((a) => [a, titleAnchor(a)]);
  },
};
