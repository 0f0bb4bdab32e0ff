// A copy of the project in a temporary folder for running its commands on other content: the code and
// content/ are copied (Astro's development server does not follow a linked src/), and node_modules is
// a folder of links so that Astro's caches (node_modules/.astro, node_modules/.vite) stay apart.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COPIED = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const CACHES = new Set(['.astro', '.vite', '.cache', '.vite-temp']);

export function projectCopy(): { root: string; remove: () => void } {
  const here = resolve('.');
  const root = mkdtempSync(join(tmpdir(), 'project-copy-'));
  for (const name of COPIED) cpSync(join(here, name), join(root, name), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(here, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(here, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
