import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionSpec } from './schemas';

// Every collection comes from the top-level content/ folder, as listed in src/schemas/index.ts.
// Cross-references (session → speaker, MDX → figure, correction → page) are checked in src/data/site.ts at build time
// and by `npm run check`.
function loaderFor(spec: CollectionSpec) {
  return spec.pattern ? glob({ base: `./${spec.path}`, pattern: spec.pattern }) : file(spec.path);
}

const { figures, background, milestones, sessions, speakers, conference, pages, corrections, sections } = COLLECTIONS;

export const collections = {
  figures: defineCollection({ loader: loaderFor(figures), schema: figures.schema }),
  background: defineCollection({ loader: loaderFor(background), schema: background.schema }),
  milestones: defineCollection({ loader: loaderFor(milestones), schema: milestones.schema }),
  sessions: defineCollection({ loader: loaderFor(sessions), schema: sessions.schema }),
  speakers: defineCollection({ loader: loaderFor(speakers), schema: speakers.schema }),
  conference: defineCollection({ loader: loaderFor(conference), schema: conference.schema }),
  pages: defineCollection({ loader: loaderFor(pages), schema: pages.schema }),
  corrections: defineCollection({ loader: loaderFor(corrections), schema: corrections.schema }),
  sections: defineCollection({ loader: loaderFor(sections), schema: sections.schema }),
};
