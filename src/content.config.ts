import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionSpec } from './schemas';

// Every collection comes from the top-level content/ folder, as listed in src/schemas/index.ts.
// Cross-references (session → speaker and format, chart → figure, MDX → figure…) are checked in
// src/data/site.ts at build time and by `npm run check`.
function loaderFor(spec: CollectionSpec) {
  return spec.pattern ? glob({ base: `./${spec.path}`, pattern: spec.pattern }) : file(spec.path);
}

const c = COLLECTIONS;

export const collections = {
  figures: defineCollection({ loader: loaderFor(c.figures), schema: c.figures.schema }),
  background: defineCollection({ loader: loaderFor(c.background), schema: c.background.schema }),
  milestones: defineCollection({ loader: loaderFor(c.milestones), schema: c.milestones.schema }),
  sessions: defineCollection({ loader: loaderFor(c.sessions), schema: c.sessions.schema }),
  speakers: defineCollection({ loader: loaderFor(c.speakers), schema: c.speakers.schema }),
  conference: defineCollection({ loader: loaderFor(c.conference), schema: c.conference.schema }),
  pages: defineCollection({ loader: loaderFor(c.pages), schema: c.pages.schema }),
  topics: defineCollection({ loader: loaderFor(c.topics), schema: c.topics.schema }),
  sessionFormats: defineCollection({ loader: loaderFor(c.sessionFormats), schema: c.sessionFormats.schema }),
  charts: defineCollection({ loader: loaderFor(c.charts), schema: c.charts.schema }),
  disagreements: defineCollection({ loader: loaderFor(c.disagreements), schema: c.disagreements.schema }),
  sections: defineCollection({ loader: loaderFor(c.sections), schema: c.sections.schema }),
  site: defineCollection({ loader: loaderFor(c.site), schema: c.site.schema }),
};
