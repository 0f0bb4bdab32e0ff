// Builds the Pagefind index for the built site (second step of `npm run build`).
// Numbers matter here: journalists type "27.6 million" or "$150 billion", so the characters
// that belong to numbers are kept in words rather than stripped.
import { createIndex, close } from 'pagefind';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSettings } from './build-settings.mjs';

const { outDir } = buildSettings(process.env);
const started = Date.now();
const { index, errors } = await createIndex({ includeCharacters: '$.,%' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${outDir}: is data-pagefind-body missing?`);
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
await close();
// The site has its own search page on Pagefind's JS API: Pagefind's ready-made interfaces and its
// highlight script are never loaded, so they are not published.
const unused = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
await Promise.all(unused.map((file) => rm(join(outDir, 'pagefind', file), { force: true })));
console.log(`Pagefind indexed ${added.page_count} pages in ${Date.now() - started} ms.`);
