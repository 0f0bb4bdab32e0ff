import type { ZodTypeAny } from 'astro/zod';
import { backgroundSchema } from './background';
import { conferenceSchema } from './conference';
import { correctionSchema } from './correction';
import { figureSchema } from './figure';
import { milestoneSchema } from './milestone';
import { pageSchema } from './page';
import { sectionSchema } from './section';
import { sessionSchema } from './session';
import { speakerSchema } from './speaker';

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
  corrections: { path: 'content/corrections', pattern: '*.md', schema: correctionSchema },
  sections: { path: 'content/sections', pattern: '*.md', schema: sectionSchema },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
