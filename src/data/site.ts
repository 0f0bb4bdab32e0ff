// The one place pages get content from: hands out the collections' entries in display order. Every
// entry here has passed the content check (src/pipeline), which stops the build before any page renders.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import { displayOrder, figuresWithPages } from '../lib/figure-index';
import { orderSessions } from '../lib/session-order';

export type Figure = CollectionEntry<'figures'>;
export type Session = CollectionEntry<'sessions'>;
export type Speaker = CollectionEntry<'speakers'>;
export type Article = CollectionEntry<'background'>;
export type Correction = CollectionEntry<'corrections'>;
export type Topic = CollectionEntry<'topics'>['data'];
export type Disagreement = CollectionEntry<'disagreements'>['data'];

export async function getConference() {
  const entry = await getEntry('conference', 'conference');
  if (!entry) throw new ContentError([{ file: 'content/conference.yaml', field: '', message: 'is missing' }]);
  return entry.data;
}

/** The entries of a list file (content/<name>.yaml), in the order of the file. */
async function listOf<N extends 'topics' | 'sessionFormats' | 'charts' | 'disagreements'>(name: N): Promise<CollectionEntry<N>['data'][]> {
  return (await getCollection(name)).map((e) => e.data);
}

/** The topics of /figures/, in the order of content/topics.yaml. */
export const getTopics = () => listOf('topics');

/** The session formats, in the order of content/session-formats.yaml. */
export const getSessionFormats = () => listOf('sessionFormats');

/** Each format's label by id, e.g. panel → "Panel". */
export async function formatLabels(): Promise<Map<string, string>> {
  return new Map((await getSessionFormats()).map((f) => [f.id, f.label]));
}

/** The charts, in the order of content/charts.yaml. */
export const getCharts = () => listOf('charts');

/** "Where sources differ", in the order of content/disagreements.yaml. */
export const getDisagreements = () => listOf('disagreements');

let figures: Promise<readonly Figure[]> | undefined;

/**
 * The figures by topic (in the order of the topics), then by order and id. Read and sorted once:
 * every figure page asks for them, and sorting them again on each page made the build grow with the
 * square of the number of figures.
 */
export function getFigures(): Promise<readonly Figure[]> {
  figures ??= Promise.all([getCollection('figures'), getCollection('topics')]).then(([all, topics]) =>
    displayOrder(
      all,
      topics.map((t) => t.id),
    ),
  );
  return figures;
}

/** The figures that get pages of their own in this build (FIGURE_PAGES; every one by default). */
export async function getFiguresWithPages(): Promise<Figure[]> {
  return figuresWithPages(process.env.FIGURE_PAGES, await getFigures());
}

export async function getFigure(id: string): Promise<Figure> {
  const entry = await getEntry('figures', id);
  if (!entry) throw new Error(`No figure "${id}": no file content/figures/${id}.md exists.`);
  return entry;
}

export async function getArticles(): Promise<Article[]> {
  return (await getCollection('background')).sort((a, b) => a.data.order - b.data.order);
}

export async function getMilestones() {
  return (await getCollection('milestones')).map((m) => m.data).sort((a, b) => a.date.localeCompare(b.date));
}

export async function getSessions(): Promise<Session[]> {
  return orderSessions(await getCollection('sessions'), (s) => ({ id: s.id, ...s.data }));
}

export async function getSpeakers(): Promise<Speaker[]> {
  return (await getCollection('speakers')).sort((a, b) => a.data.sortName.localeCompare(b.data.sortName));
}

export async function getPages() {
  return getCollection('pages');
}

export async function getCorrections(): Promise<Correction[]> {
  return getCollection('corrections');
}
