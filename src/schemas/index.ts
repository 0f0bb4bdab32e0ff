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
 * Where each collection lives under content/ and the schema its files must follow. Both the Astro
 * content config and the fast content check (scripts/check-content.ts) read this one table.
 */
export interface CollectionSpec {
  /** Folder (for one file per entry) or file (for a list), relative to the repository root. */
  path: string;
  /** Glob of entry files inside `path`; absent for a single list file. */
  pattern?: string;
  schema: ZodTypeAny;
}

export const COLLECTIONS = {
  figures: { path: 'content/figures', pattern: '*.md', schema: figureSchema },
  background: { path: 'content/background', pattern: '*.{md,mdx}', schema: backgroundSchema },
  milestones: { path: 'content/milestones.yaml', schema: milestoneSchema },
  sessions: { path: 'content/programme', pattern: '*.md', schema: sessionSchema },
  speakers: { path: 'content/speakers', pattern: '*.md', schema: speakerSchema },
  conference: { path: 'content', pattern: 'conference.yaml', schema: conferenceSchema },
  pages: { path: 'content/pages', pattern: '*.{md,mdx}', schema: pageSchema },
  topics: { path: 'content/topics.yaml', schema: topicSchema },
  sessionFormats: { path: 'content/session-formats.yaml', schema: sessionFormatSchema },
  charts: { path: 'content/charts.yaml', schema: chartSchema },
  disagreements: { path: 'content/disagreements.yaml', schema: disagreementSchema },
  sections: { path: 'content/sections', pattern: '*.md', schema: sectionSchema },
  site: { path: 'content', pattern: 'site.yaml', schema: siteSchema },
  corrections: { path: 'content/corrections', pattern: '*.md', schema: correctionSchema },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
