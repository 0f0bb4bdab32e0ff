// The one place pages get content from: hands out the collections' entries in display order. Every
// entry here has passed the content check (src/pipeline), which stops the build before any page renders.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import { orderSessions } from '../lib/session-order';
import { FIGURE_TOPICS } from '../schemas/figure';

export type Figure = CollectionEntry<'figures'>;
export type Session = CollectionEntry<'sessions'>;
export type Speaker = CollectionEntry<'speakers'>;
export type Article = CollectionEntry<'background'>;

export async function getConference() {
  const entry = await getEntry('conference', 'conference');
  if (!entry) throw new ContentError([{ file: 'content/conference.yaml', field: '', message: 'is missing' }]);
  return entry.data;
}

export async function getFigures(): Promise<Figure[]> {
  const all = await getCollection('figures');
  const topicRank = (f: Figure) => FIGURE_TOPICS.indexOf(f.data.topic);
  return all.sort((a, b) => topicRank(a) - topicRank(b) || a.data.order - b.data.order || a.id.localeCompare(b.id));
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
