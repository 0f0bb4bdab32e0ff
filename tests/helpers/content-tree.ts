// Content trees for tests: the valid minimal tree in tests/fixtures/valid with files laid over it, or
// a tree of given files alone.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A temporary copy of `base` (a folder holding content/) with `overlay` folders copied over it (and
 * the files each one's removed.txt lists taken away) and `files` (path → text) written on top.
 * Returns the root and a function that removes it.
 */
export function contentTree(options: { base?: string; overlay?: string[]; files?: Record<string, string> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'content-tree-'));
  cpSync(join(options.base ?? join(FIXTURES, 'valid'), 'content'), join(root, 'content'), { recursive: true });
  for (const dir of options.overlay ?? []) {
    if (existsSync(join(dir, 'content'))) cpSync(join(dir, 'content'), join(root, 'content'), { recursive: true });
    // removed.txt lists files of the tree the case takes away, one path a line.
    if (existsSync(join(dir, 'removed.txt'))) {
      for (const path of readFileSync(join(dir, 'removed.txt'), 'utf8').split('\n').filter(Boolean)) rmSync(join(root, path));
    }
  }
  writeFiles(root, options.files ?? {});
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A short conference record that passes the check: the days are 18 and 19 April 2023. */
export const CONFERENCE = `name: 23rd Alliance against Trafficking in Persons Conference
shortName: Alliance 2023
edition: 23
startDate: "2023-04-18"
endDate: "2023-04-19"
timeZone: Europe/Vienna
utcOffset: "+02:00"
zoneName: CEST
venue: { name: Hofburg, city: Vienna, country: Austria }
format: In person.
organiser: OSR/CTHB
occasion: Twenty years of the Action Plan.
participants: States and organisations.
registration: Closed.
theme: National leadership.
`;

/**
 * The files every site needs besides its figures, programme and conference record: the topics, the
 * session formats, the section pages and the words every page shares, as in the valid minimal tree.
 * Charts and notes on disagreements are left out (both lists may be empty).
 */
export function siteFiles(): Record<string, string> {
  const valid = join(FIXTURES, 'valid');
  const files = [
    'content/topics.yaml',
    'content/session-formats.yaml',
    'content/site.yaml',
    ...readdirSync(join(valid, 'content/sections')).map((f) => `content/sections/${f}`),
  ];
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(valid, f), 'utf8')]));
}

/** A temporary folder holding only `files` (path → text). Returns its root. */
export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-tree-'));
  writeFiles(root, files);
  return root;
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
