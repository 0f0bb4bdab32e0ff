import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas';

// Every collection comes from the top-level content/ folder, as listed in src/schemas/index.ts.
// Cross-references (session → speaker and format, chart → figure, MDX → figure, correction → page…) are checked in
// src/data/site.ts at build time and by `npm run check`.
function collection<N extends CollectionName>(name: N) {
  const spec: { path: string; pattern?: string; schema: (typeof COLLECTIONS)[N]['schema'] } = COLLECTIONS[name];
  const loader = spec.pattern ? glob({ base: `./${spec.path}`, pattern: spec.pattern }) : file(spec.path);
  return defineCollection({ loader, schema: spec.schema });
}

export const collections = {
  figures: collection('figures'),
  background: collection('background'),
  milestones: collection('milestones'),
  sessions: collection('sessions'),
  speakers: collection('speakers'),
  conference: collection('conference'),
  pages: collection('pages'),
  topics: collection('topics'),
  sessionFormats: collection('sessionFormats'),
  charts: collection('charts'),
  disagreements: collection('disagreements'),
  sections: collection('sections'),
  site: collection('site'),
  corrections: collection('corrections'),
};
