// The content layer's loader for every collection: reads the collection's files with the one reader
// (read-collection.ts), stores the valid entries for the pages, and keeps what it read, problems
// included, for the check that `npm run check`, `astro build` and `astro dev` run after it. In the
// development server it reads the collection again whenever one of its files changes.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schemas';
import { checkCollections } from './check-content';
import { contentState } from './content-state.mjs';
import { readCollection, type CollectionRead } from './read-collection';
import { holdStore } from './store-hold';

/**
 * Stores the valid entries in the order of their files (a list's order is the order the site shows),
 * renders the Markdown ones that changed, and removes every other entry.
 */
async function storeEntries({ store, generateDigest, renderMarkdown }: LoaderContext, read: CollectionRead): Promise<void> {
  const valid = read.entries.filter((e) => e.valid);
  const previous = new Map(store.entries());
  const ids = valid.map((e) => e.id);
  const sameOrder = store.keys().join('\0') === ids.join('\0');
  // A changed order (or a removed entry) is stored anew: the store keeps the order entries were first set.
  if (!sameOrder) store.clear();
  for (const entry of valid) {
    const digest = generateDigest(JSON.stringify([entry.file, entry.data, entry.body]));
    const old = previous.get(entry.id);
    const unchanged = old?.digest === digest;
    if (unchanged && sameOrder) {
      // MDX is compiled when a page imports it: the list of modules to import is made anew each time.
      if (old.deferredRender && old.filePath) store.addModuleImport(old.filePath);
      continue;
    }
    const base = { id: entry.id, data: entry.data, body: entry.body || undefined, filePath: entry.file, digest };
    if (entry.file.endsWith('.mdx')) store.set({ ...base, deferredRender: true });
    else if (entry.file.endsWith('.md'))
      store.set({ ...base, rendered: unchanged && old.rendered ? old.rendered : await renderMarkdown(entry.body) });
    else store.set(base);
  }
}

export function contentLoader(name: CollectionName): Loader {
  return {
    name: 'content-loader',
    load: async (context) => {
      const hold = holdStore(context.meta, COLLECTION_NAMES);
      const root = fileURLToPath(context.config.root);
      const state = contentState();
      state.check = () => checkCollections(state.read, root);
      const sync = async () => {
        const read = readCollection(root, COLLECTIONS[name]);
        await storeEntries(context, read);
        state.read[name] = read;
      };
      try {
        await sync();
      } finally {
        hold.done(name);
      }

      const { watcher } = context;
      if (!watcher) return;
      const path = join(root, COLLECTIONS[name].path);
      const isFolder = 'extensions' in COLLECTIONS[name];
      watcher.add(path);
      let queue = Promise.resolve();
      const onChange = (changed: string) => {
        if (isFolder ? !changed.startsWith(`${path}/`) || changed.slice(path.length + 1).includes('/') : changed !== path) return;
        queue = queue
          .then(sync)
          .then(() => state.listeners.forEach((listener) => listener()))
          .catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}
