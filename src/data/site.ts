// The one place pages get content from: loads the collections, checks cross-references (a dangling
// one stops the build with the file and field), and hands out entries in display order.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import { checkReferences } from '../lib/references';
import { correctionProblems } from '../lib/correction-rules';
import { orderSessions } from '../lib/session-order';
import { FIGURE_TOPICS } from '../schemas/figure';

export type Figure = CollectionEntry<'figures'>;
export type Session = CollectionEntry<'sessions'>;
export type Speaker = CollectionEntry<'speakers'>;
export type Article = CollectionEntry<'background'>;
export type Correction = CollectionEntry<'corrections'>;

const fileOf = (entry: { filePath?: string }, fallback: string) => entry.filePath ?? fallback;

let checked: Promise<void> | undefined;

/** Fails the build once, listing every dangling reference, before any page renders. */
function ensureReferences(): Promise<void> {
  checked ??= (async () => {
    const [conference, figures, speakers, sessions, background, pages, corrections] = await Promise.all([
      getConference(),
      getCollection('figures'),
      getCollection('speakers'),
      getCollection('sessions'),
      getCollection('background'),
      getCollection('pages'),
      getCollection('corrections'),
    ]);
    const problems = checkReferences({
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
    });
    problems.push(
      ...correctionProblems(
        corrections.map((c) => ({ file: fileOf(c, `content/corrections/${c.id}.md`), ...c.data, body: c.body ?? '' })),
        { figures: figures.map((f) => f.id), articles: background.map((a) => a.id), sessions: sessions.map((s) => s.id) },
      ),
    );
    if (problems.length > 0) throw new ContentError(problems);
  })();
  return checked;
}

export async function getConference() {
  const entry = await getEntry('conference', 'conference');
  if (!entry) throw new ContentError([{ file: 'content/conference.yaml', field: '', message: 'is missing' }]);
  return entry.data;
}

export async function getFigures(): Promise<Figure[]> {
  await ensureReferences();
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

export async function getCorrections(): Promise<Correction[]> {
  await ensureReferences();
  return getCollection('corrections');
}

/** The words of a section page the site makes itself, from content/sections/<id>.md. */
export async function getSection(id: string) {
  const entry = await getEntry('sections', id);
  if (!entry) throw new ContentError([{ file: `content/sections/${id}.md`, field: '', message: 'is missing: the page needs its title, description and introduction' }]);
  return entry;
}
