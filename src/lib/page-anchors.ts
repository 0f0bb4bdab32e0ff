// The anchors each route's components make from the content, by route pattern, for the link check:
// the same functions the components call, so the two cannot drift apart. Headings written in a
// content file's text and id="…" in templates are found without this table. Only valid entries
// count: the others are left out of the site.
import {
  changeAnchor,
  changeDateAnchor,
  chartAnchor,
  CORRECTIONS_SECTION_ID,
  disagreementAnchor,
  figureCardAnchor,
  milestoneAnchor,
  titleAnchor,
  topicAnchor,
} from './anchors';
import type { CollectionData, LoadedContent, LoadedEntry } from './content-rules';
import { chartsWith } from './charts-with-figure';
import { displayOrder, FIGURES_PER_TOPIC_ON_INDEX, groupByTopic } from './figure-index';
import { disagreementsFor } from './figure-disagreements';
import { outline } from './markdown-outline';
import { conferenceDays, dayAnchor, formatAnchor } from './programme';
import { isSectionId, SECTION_PAGES } from './section-pages';
import type { CollectionName } from '../schemas';

/** With `id`, the anchors of the page made from that entry; without, those of a page with no [param]. */
export type RouteAnchors = (entries: LoadedContent, id?: string) => string[];

/** The data of the valid entries of a collection, whole. */
const valid = <N extends CollectionName>(entries: LoadedContent, name: N): CollectionData<N>[] =>
  (entries[name] as LoadedEntry<CollectionData<N>>[]).filter((e) => e.valid).map((e) => e.data as CollectionData<N>);

/** The valid entries of the corrections log, with their ids. */
const corrections = (entries: LoadedContent) =>
  (entries.corrections as LoadedEntry<CollectionData<'corrections'>>[]).filter((e) => e.valid);

/** "Corrections and updates" and each entry in it, on a page that has entries. */
function correctionAnchors(entries: LoadedContent, field: 'figure' | 'article' | 'session', id: string): string[] {
  const own = corrections(entries).filter((e) => e.data[field] === id);
  return own.length > 0 ? [CORRECTIONS_SECTION_ID, ...own.map((e) => changeAnchor(e.id))] : [];
}

export const ROUTE_ANCHORS: Record<string, RouteAnchors> = {
  // Each topic with figures, its first figures (the rest are on the topic's pages) and each note's line.
  '/figures/': (entries) => {
    const topics = valid(entries, 'topics');
    const figures = displayOrder(
      entries.figures.filter((e) => e.valid),
      topics.map((t) => t.id),
    );
    const groups = groupByTopic(topics, figures, (f) => f.data.topic ?? '', FIGURES_PER_TOPIC_ON_INDEX);
    return [
      ...groups.map((g) => topicAnchor(g.topic.id)),
      ...groups.flatMap((g) => g.shown.map((f) => figureCardAnchor(f.id))),
      ...valid(entries, 'disagreements').map((d) => disagreementAnchor(d.id)),
    ];
  },
  // A topic's first page: its charts.
  '/figures/topics/[topic]/[...page]/': (entries, id = '') =>
    valid(entries, 'charts')
      .filter((c) => c.topic === id)
      .map((c) => chartAnchor(c.id)),
  '/figures/differ/': (entries) => valid(entries, 'disagreements').map((d) => disagreementAnchor(d.id)),
  '/figures/[id]/': (entries, id = '') => [
    ...chartsWith(id, valid(entries, 'charts')).map((c) => chartAnchor(c.id)),
    ...disagreementsFor(id, valid(entries, 'disagreements')).map((d) => disagreementAnchor(d.id)),
    ...correctionAnchors(entries, 'figure', id),
  ],
  '/background/[id]/': (entries, id = '') => correctionAnchors(entries, 'article', id),
  '/programme/[id]/': (entries, id = '') => correctionAnchors(entries, 'session', id),
  '/background/': (entries) => valid(entries, 'milestones').flatMap((m) => [milestoneAnchor(m.id), titleAnchor(milestoneAnchor(m.id))]),
  '/programme/': (entries) => {
    const [conference] = valid(entries, 'conference');
    const days = conference ? conferenceDays(conference.startDate, conference.endDate).map((_, i) => dayAnchor(i)) : [];
    const formats = [...new Set(valid(entries, 'sessions').map((s) => formatAnchor(s.format)))];
    return [...days, ...formats].flatMap((a) => [a, titleAnchor(a)]);
  },
  '/changes/': (entries) => {
    const log = corrections(entries);
    return [...new Set(log.map((e) => changeDateAnchor(e.data.date!)))].concat(log.map((e) => changeAnchor(e.id)));
  },
};

/** The headings of the introduction a section page takes from content/sections/<page>.md. */
export function sectionAnchors(entries: LoadedContent, address: string): string[] {
  return (entries.sections as LoadedEntry[])
    .filter((e) => e.valid && e.body && isSectionId(e.id) && SECTION_PAGES[e.id].address === address)
    .flatMap((e) => outline(e.body, false).anchors);
}

/** Every anchor the components and the section introductions put on the page of `pattern`. */
export const anchorsFor = (pattern: string, entries: LoadedContent, id?: string): string[] => [
  ...(ROUTE_ANCHORS[pattern]?.(entries, id) ?? []),
  ...(id === undefined ? sectionAnchors(entries, pattern) : []),
];
