// Rules on each entry on its own, run with the rules across files: invisible characters in names
// and titles, and markup in Markdown and MDX bodies that the site will not publish.
import type { ContentRule, LoadedEntry } from './content-rules';
import { COLLECTION_NAMES } from '../schemas';
import { bodyMarkupProblems } from './body-markup';
import { hiddenCharacterProblems } from './hidden-characters';

const everyEntry = (entries: Parameters<ContentRule>[0]['entries']): LoadedEntry[] =>
  COLLECTION_NAMES.flatMap((n) => entries[n] as LoadedEntry[]);

/** No title or name holds a character that changes how it reads without being seen. */
export const hiddenCharacters: ContentRule = ({ entries }) => everyEntry(entries).flatMap((e) => hiddenCharacterProblems(e.where, e.data));

/** No body holds a script, a frame, a form, an event handler, a style or a javascript: address. */
export const bodyMarkup: ContentRule = ({ entries }) =>
  everyEntry(entries)
    .filter((e) => e.body)
    .flatMap((e) => bodyMarkupProblems(e.where, e.body, { mdx: e.file.endsWith('.mdx'), firstLine: e.bodyLine }));
