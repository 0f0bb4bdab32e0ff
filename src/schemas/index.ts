import type { ZodTypeAny } from 'astro/zod';
import { backgroundSchema } from './background';
import { chartSchema } from './chart';
import { conferenceSchema } from './conference';
import { correctionSchema } from './correction';
import { disagreementSchema } from './disagreement';
import { figureSchema } from './figure';
import { milestoneSchema } from './milestone';
import { pageSchema } from './page';
import { sectionSchema } from './section';
import { sessionSchema } from './session';
import { sessionFormatSchema } from './session-format';
import { siteSchema } from './site';
import { speakerSchema } from './speaker';
import { topicSchema } from './topic';

/**
 * One kind of content: where its files are, the schema each entry must follow, and the pages made from
 * it. The content loader (src/content.config.ts), `npm run check`, the build and docs/fields.md all read
 * this one table, so a new kind of content is one line here (and its schema module).
 */
export interface CollectionSpec {
  /** A folder with one file per entry, or one file, relative to the repository root. */
  path: string;
  /**
   * For a folder: the endings of its entry files, e.g. ['.md', '.mdx'] (.yaml for data files). Absent
   * for a single file.
   */
  extensions?: readonly string[];
  /** For a single file: true when it is a YAML list of entries, each with an `id`; otherwise it is one entry named after the file. */
  list?: boolean;
  /** The addresses of the pages made from each entry, `{id}` standing for its id, e.g. '/figures/{id}/'. */
  pages?: readonly string[];
  /** For docs/fields.md: where the files are and what their names mean. */
  about: string;
  schema: ZodTypeAny;
}

export const COLLECTIONS = {
  figures: {
    path: 'content/figures',
    extensions: ['.md'],
    pages: ['/figures/{id}/', '/figures/{id}/embed/', '/data/figures/{id}.json', '/og/figures/{id}.png'],
    about: '`content/figures/<id>.md`, one file per figure; the file name is its id and its address (`/figures/<id>/`).',
    schema: figureSchema,
  },
  background: {
    path: 'content/background',
    extensions: ['.md', '.mdx'],
    pages: ['/background/{id}/'],
    about: '`content/background/<slug>.mdx`, one article per file; the file name is its address (`/background/<slug>/`).',
    schema: backgroundSchema,
  },
  milestones: {
    path: 'content/milestones.yaml',
    list: true,
    about: '`content/milestones.yaml`, one list of timeline entries; each starts with `- id: …`.',
    schema: milestoneSchema,
  },
  sessions: {
    path: 'content/programme',
    extensions: ['.md'],
    pages: ['/programme/{id}/', '/programme/{id}.ics'],
    about: '`content/programme/<slug>.md`, one file per session; the file name is its address (`/programme/<slug>/`).',
    schema: sessionSchema,
  },
  speakers: {
    path: 'content/speakers',
    extensions: ['.md'],
    pages: ['/speakers/{id}/'],
    about: '`content/speakers/<id>.md`, one file per person; the file name is the id sessions use.',
    schema: speakerSchema,
  },
  conference: {
    path: 'content/conference.yaml',
    about: '`content/conference.yaml`, one record for the whole site.',
    schema: conferenceSchema,
  },
  pages: {
    path: 'content/pages',
    extensions: ['.md', '.mdx'],
    pages: ['/{id}/'],
    about: '`content/pages/<slug>.md`, one file per page such as about or privacy; the file name is its address (`/<slug>/`).',
    schema: pageSchema,
  },
  topics: {
    path: 'content/topics.yaml',
    list: true,
    pages: ['/figures/topics/{id}/'],
    about:
      '`content/topics.yaml`, one list of the topics of `/figures/`, in the order shown there, each with its pages (`/figures/topics/<id>/`); each starts with `- id: …`.',
    schema: topicSchema,
  },
  sessionFormats: {
    path: 'content/session-formats.yaml',
    list: true,
    about:
      "`content/session-formats.yaml`, one list of the kinds of session, in the order of the programme's format filter; each starts with `- id: …`.",
    schema: sessionFormatSchema,
  },
  charts: {
    path: 'content/charts.yaml',
    list: true,
    pages: ['/figures/charts/{id}.svg'],
    about:
      "`content/charts.yaml`, one list of bar charts, in the order shown on each topic's page (`/figures/topics/<topic>/`); each starts with `- id: …`.",
    schema: chartSchema,
  },
  disagreements: {
    path: 'content/disagreements.yaml',
    list: true,
    about:
      '`content/disagreements.yaml`, one list of "Where sources differ" notes, in the order shown on `/figures/` and `/figures/differ/`; each starts with `- id: …`.',
    schema: disagreementSchema,
  },
  sections: {
    path: 'content/sections',
    extensions: ['.md'],
    about:
      "`content/sections/<page>.md`, one file per section page (`home`, `figures`, `background`, `programme`, `speakers`, `conference`, `search`, `not-found`, `changes`); the text below the frontmatter is the page's introduction.",
    schema: sectionSchema,
  },
  site: {
    path: 'content/site.yaml',
    about: '`content/site.yaml`, the words every page shares.',
    schema: siteSchema,
  },
  corrections: {
    path: 'content/corrections',
    extensions: ['.md'],
    about:
      '`content/corrections/<date>-<what>.md`, one file per entry of the corrections log, such as `2026-11-30-victims-identified-2021.md`; the text below the frontmatter says why the fact changed. Entries have no pages of their own: each shows on the page it corrects and on `/changes/`.',
    schema: correctionSchema,
  },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The collection names in the table's order: the order in which problems are listed. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
