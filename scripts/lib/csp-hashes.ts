// After `astro build`: allows each page's inline stylesheet by its hash, in the page's <meta> policy
// and in every Content-Security-Policy of _headers (all pages' hashes there: one header serves
// every page). Runs as an integration so `astro build` on its own gives the same output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashHeadersFile, hashPageStyles } from '../../src/lib/csp';
import { listFiles } from './list-files.mjs';

/** Rewrites the built pages and _headers in `dir`; returns how many pages and distinct hashes. */
export function hashBuiltStyles(dir: string): { pages: number; hashes: string[] } {
  const all = new Set<string>();
  let pages = 0;
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    let result: ReturnType<typeof hashPageStyles>;
    try {
      result = hashPageStyles(before);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    if (result.hashes.length === 0) continue;
    writeFileSync(path, result.html);
    result.hashes.forEach((h) => all.add(h));
    pages += 1;
  }
  const headers = join(dir, '_headers');
  const hashes = [...all].sort();
  if (existsSync(headers)) writeFileSync(headers, hashHeadersFile(readFileSync(headers, 'utf8'), hashes));
  return { pages, hashes };
}

export function cspHashes(): AstroIntegration {
  return {
    name: 'csp-style-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, hashes } = hashBuiltStyles(fileURLToPath(dir));
        logger.info(`Allowed the inline styles of ${pages} pages by ${hashes.length} hash${hashes.length === 1 ? '' : 'es'}.`);
      },
    },
  };
}
