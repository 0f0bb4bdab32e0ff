import { defineCollection } from 'astro:content';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schemas';
import { contentLoader } from './pipeline/content-loader';

// Every collection of src/schemas/index.ts, read from content/ by the one content loader, which checks
// each file against its schema and keeps the problems for `npm run check`, the build and `astro dev`.
const collection = <N extends CollectionName>(name: N) =>
  defineCollection({ loader: contentLoader(name), schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[N]['schema'] });

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection<N>>;
};
