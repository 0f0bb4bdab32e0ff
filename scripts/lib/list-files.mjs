// Walking a folder, for the scripts around the build and the tests that read dist/.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under dir, as sorted paths relative to it, with forward slashes.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}
