// The one place pages get content from: loads the collections, checks cross-references (a dangling
// one stops the build with the file and field), and hands out entries in display order.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import type { ContentEntries, PlainEntry } from '../lib/content-entry';
import { checkEditorial } from '../lib/editorial-rules';
import { checkReferences } from '../lib/references';
import { figuresWithPages } from '../lib/figure-index';
import { orderSessions } from '../lib/session-order';
import { COLLECTIONS, type CollectionName } from '../schemas';

export type Figure = CollectionEntry<'figures'>;
export type Session = CollectionEntry<'sessions'>;
export type Speaker = CollectionEntry<'speakers'>;
export type Article = CollectionEntry<'background'>;

const fileOf = (entry: { filePath?: string }, fallback: string) => entry.filePath ?? fallback;

/** Every collection as the reference rules read it: id, file, data and body of each entry. */
async function plainEntries(): Promise<ContentEntries> {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const lists = await Promise.all(
    names.map(async (name) =>
      (await getCollection(name)).map(
        (e): PlainEntry => ({ id: e.id, file: fileOf(e, `${COLLECTIONS[name].path}/${e.id}`), data: e.data as Record<string, unknown>, body: 'body' in e ? e.body : undefined }),
      ),
    ),
  );
  return Object.fromEntries(names.map((name, i) => [name, lists[i]]));
}

let checked: Promise<void> | undefined;

/** Fails the build once, listing every dangling reference, before any page renders. */
function ensureReferences(): Promise<void> {
  checked ??= (async () => {
    const [conference, figures, speakers, sessions, background, pages, content] = await Promise.all([
      getConference(),
      getCollection('figures'),
      getCollection('speakers'),
      getCollection('sessions'),
      getCollection('background'),
      getCollection('pages'),
      plainEntries(),
    ]);
    const problems = [
      ...checkReferences({
        conference: { file: 'content/conference.yaml', startDate: conference.startDate, endDate: conference.endDate },
        figures: figures.map((f) => ({ id: f.id, file: fileOf(f, `content/figures/${f.id}.md`), related: f.data.related })),
        speakers: speakers.map((s) => ({ id: s.id })),
        sessions: sessions.map((s) => ({
          id: s.id,
          file: fileOf(s, `content/programme/${s.id}.md`),
          day: s.data.day,
          start: s.data.start,
          end: s.data.end,
          room: s.data.room,
          speakers: s.data.speakers,
          moderators: s.data.moderators,
        })),
        bodies: [...background, ...pages, ...figures].map((e) => ({ file: fileOf(e, e.id), body: e.body ?? '' })),
      }),
      ...checkEditorial(content),
    ];
    if (problems.length > 0) throw new ContentError(problems);
  })();
  return checked;
}

export async function getConference() {
  const entry = await getEntry('conference', 'conference');
  if (!entry) throw new ContentError([{ file: 'content/conference.yaml', field: '', message: 'is missing' }]);
  return entry.data;
}

/** The entries of a list file (content/<name>.yaml), in the order of the file, once the references are checked. */
async function listOf<N extends 'topics' | 'sessionFormats' | 'charts' | 'disagreements'>(name: N): Promise<CollectionEntry<N>['data'][]> {
  await ensureReferences();
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

/** The figures by topic (in the order of the topics), then by order and id. */
export async function getFigures(): Promise<Figure[]> {
  await ensureReferences();
  const [all, topics] = await Promise.all([getCollection('figures'), getCollection('topics')]);
  const rank = new Map(topics.map((t, i) => [t.id, i]));
  const topicRank = (f: Figure) => rank.get(f.data.topic) ?? topics.length;
  return all.sort((a, b) => topicRank(a) - topicRank(b) || a.data.order - b.data.order || a.id.localeCompare(b.id));
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
  await ensureReferences();
  return (await getCollection('background')).sort((a, b) => a.data.order - b.data.order);
}

export async function getMilestones() {
  return (await getCollection('milestones')).map((m) => m.data).sort((a, b) => a.date.localeCompare(b.date));
}

export async function getSessions(): Promise<Session[]> {
  await ensureReferences();
  return orderSessions(await getCollection('sessions'), (s) => ({ id: s.id, ...s.data }));
}

export async function getSpeakers(): Promise<Speaker[]> {
  await ensureReferences();
  return (await getCollection('speakers')).sort((a, b) => a.data.sortName.localeCompare(b.data.sortName));
}

export async function getPages() {
  return getCollection('pages');
}
