// Builds the Pagefind search index at the end of `astro build`, so that the build alone makes a site
// whose search works. Numbers matter here: journalists type "27.6 million" or "$150 billion", so the
// characters that belong to numbers are kept in words rather than stripped.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Characters Pagefind keeps inside words: 27.6, 27,6, $150, 12%. */
export const INCLUDE_CHARACTERS = '$.,%';

/**
 * The site has its own search page on Pagefind's JS API: Pagefind's ready-made interfaces and its
 * highlight script are never loaded, so they are not published.
 */
export const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Indexes the built site in `outDir` into `outDir`/pagefind/; returns the number of pages indexed. */
export async function indexSite(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ includeCharacters: INCLUDE_CHARACTERS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${outDir}: is data-pagefind-body missing?`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_FILES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })));
    return added.page_count;
  } finally {
    await close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
