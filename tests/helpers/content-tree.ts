// Content trees for tests: the valid minimal tree in tests/fixtures/valid, with files laid over it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A temporary copy of `base` (a folder holding content/) with `overlay` folders copied over it and
 * `files` (path → text) written on top. Returns the root and a function that removes it.
 */
export function contentTree(options: { base?: string; overlay?: string[]; files?: Record<string, string> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'content-tree-'));
  cpSync(join(options.base ?? join(FIXTURES, 'valid'), 'content'), join(root, 'content'), { recursive: true });
  for (const dir of options.overlay ?? []) {
    if (existsSync(join(dir, 'content'))) cpSync(join(dir, 'content'), join(root, 'content'), { recursive: true });
  }
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
