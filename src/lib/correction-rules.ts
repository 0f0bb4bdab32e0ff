// Rules on the corrections log across content files: each entry names a page that exists and says
// why the fact changed. Pure functions of plain data, whichever loader read the files.
import type { ContentProblem } from './content-errors';
import { asString, entriesOf, type EntriesRule } from './content-entry';

/** One entry of content/corrections/, as far as the rules need it. */
export interface CorrectionRuleEntry {
  /** The file, from the repository root, e.g. content/corrections/2026-11-30-x.md. */
  file: string;
  figure?: string;
  article?: string;
  session?: string;
  /** The Markdown below the frontmatter: why the fact changed. */
  body: string;
}

/** The ids of the pages an entry may name. */
export interface CorrectionTargets {
  figures: Iterable<string>;
  articles: Iterable<string>;
  sessions: Iterable<string>;
}

const FOLDERS = {
  figure: { folder: 'content/figures', file: (id: string) => `content/figures/${id}.md` },
  article: { folder: 'content/background', file: (id: string) => `content/background/${id}.mdx` },
  session: { folder: 'content/programme', file: (id: string) => `content/programme/${id}.md` },
} as const;

/** An entry names a figure, article or session that exists. */
export function correctionTargetProblems(entries: CorrectionRuleEntry[], targets: CorrectionTargets): ContentProblem[] {
  const known = {
    figure: new Set(targets.figures),
    article: new Set(targets.articles),
    session: new Set(targets.sessions),
  };
  return entries.flatMap((entry) =>
    (['figure', 'article', 'session'] as const)
      .filter((field) => entry[field] !== undefined && !known[field].has(entry[field]!))
      .map((field) => ({
        file: entry.file,
        field,
        message: `"${entry[field]}" is not a known id: no file ${FOLDERS[field].file(entry[field]!)} exists. Check the spelling against the file names in ${FOLDERS[field].folder}/`,
      })),
  );
}

/** An entry says why, in the text below its frontmatter. */
export function correctionReasonProblems(entries: CorrectionRuleEntry[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.body.trim() === '')
    .map((entry) => ({
      file: entry.file,
      field: 'body',
      message: 'says nothing below the frontmatter: write why the fact changed, in our own words, after the closing ---',
    }));
}

/** Every problem of the corrections log. */
export function correctionProblems(entries: CorrectionRuleEntry[], targets: CorrectionTargets): ContentProblem[] {
  return [...correctionTargetProblems(entries, targets), ...correctionReasonProblems(entries)];
}

/** The rules as one rule of the content check over the entries (listed in src/schemas/rules.ts). */
export const correctionRule: EntriesRule = (content) => {
  const ids = (collection: string) => entriesOf(content, collection).map((e) => e.id);
  return correctionProblems(
    entriesOf(content, 'corrections').map((e) => ({
      file: e.file,
      figure: asString(e.data.figure),
      article: asString(e.data.article),
      session: asString(e.data.session),
      body: e.body ?? '',
    })),
    { figures: ids('figures'), articles: ids('background'), sessions: ids('sessions') },
  );
};
