// The rule that every file in content/ is read by some collection: a file saved as .MD, .markdown or
// .txt, or put in the wrong folder, would otherwise be left out of the site without a word.
import { COLLECTIONS, COLLECTION_NAMES, type CollectionSpec } from '../schemas';
import type { ContentProblem } from './content-errors';
import type { ContentRule } from './content-rules';
import { nearest } from './nearest';
import { listWords } from './content-entry';

const SPECS: CollectionSpec[] = COLLECTION_NAMES.map((n) => COLLECTIONS[n]);
const folderOf = (file: string) => file.replace(/\/[^/]*$/, '');
const nameOf = (file: string) => file.replace(/^.*\//, '');
const stemOf = (name: string) => name.replace(/\.[^.]*$/, '');
const extOf = (name: string) => /(\.[^.]*)$/.exec(name)?.[1] ?? '';

/** True when a collection reads the file. */
export function isRead(file: string): boolean {
  return SPECS.some((s) => (s.extensions ? folderOf(file) === s.path && s.extensions.includes(extOf(file)) : file === s.path));
}

const FOLDERS = SPECS.filter((s) => s.extensions).map((s) => `${s.path}/`);
const SINGLE = SPECS.filter((s) => !s.extensions).map((s) => s.path);
const PLACES = `Content files go in the folders ${listWords(FOLDERS)}, or are one of ${listWords(SINGLE)}`;

/** Where an unread file should go, in words. */
export function whereItBelongs(file: string): string {
  const folder = folderOf(file);
  const name = nameOf(file);
  const inFolder = SPECS.find((s) => s.extensions && s.path === folder);
  if (inFolder?.extensions) {
    const ext = extOf(name).toLowerCase();
    const fixed = inFolder.extensions.includes(ext) ? ext : ext === '.markdown' ? '.md' : inFolder.extensions[0];
    return `files in ${folder}/ must end in ${inFolder.extensions.join(' or ')}: rename it to ${stemOf(name)}${fixed}`;
  }
  const single = SPECS.find((s) => !s.extensions && folderOf(s.path) === folder && stemOf(nameOf(s.path)) === stemOf(name));
  if (single) return `the site reads ${single.path}, not this file: rename it to ${nameOf(single.path)}`;
  const parent = SPECS.find((s) => s.extensions && folder.startsWith(`${s.path}/`));
  if (parent)
    return `the site reads only the files directly in ${parent.path}/, not in folders inside it: move it to ${parent.path}/${name}`;
  const folderName = folder.replace(/^.*\//, '');
  const near = FOLDERS.find((f) =>
    f.endsWith(
      `/${
        nearest(
          folderName,
          FOLDERS.map((x) => x.slice(0, -1).replace(/^.*\//, '')),
        ) ?? '\0'
      }/`,
    ),
  );
  return `no part of the site reads ${folder}/${near ? `: did you mean ${near}?` : '.'} ${PLACES}`;
}

/** Every file under content/ is read by a collection (files whose name starts with a dot aside). */
export const unreadFiles: ContentRule = ({ files }) =>
  files
    .filter((f) => !f.split('/').some((part) => part.startsWith('.')) && !isRead(f))
    .map((file): ContentProblem => ({ file, field: '', message: `the site does not read this file: ${whereItBelongs(file)}` }));
