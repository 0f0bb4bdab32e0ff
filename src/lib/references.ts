import type { ContentProblem } from './content-errors';
import { RESERVED_FIGURE_IDS } from './figure-index';
import { roomOverlaps, type Scheduled } from './room-overlaps';

/** What the cross-reference check needs to know of the content, whatever loaded it. */
export interface ReferenceInput {
  conference: { file: string; startDate: string; endDate: string };
  figures: { id: string; file: string; related: string[] }[];
  speakers: { id: string }[];
  /** Sessions with their times (HH:MM, when confirmed) and room, for the overlap rule. */
  sessions: (Scheduled & { speakers: string[]; moderators: string[] })[];
  /** Editor-written bodies (MDX, Markdown) that may embed <Figure id="…" />. */
  bodies: { file: string; body: string }[];
}

/** Ids of the figures an MDX body embeds with <Figure id="…" />. */
export function figureIdsIn(body: string): string[] {
  return [...body.matchAll(/<Figure\b[^>]*?\bid\s*=\s*["']([^"']*)["']/g)].map((m) => m[1] ?? '');
}

function unknownIds(
  file: string,
  field: string,
  ids: string[],
  known: Set<string>,
  folder: string,
): ContentProblem[] {
  return ids
    .filter((id) => !known.has(id))
    .map((id) => ({
      file,
      field,
      message: `"${id}" is not a known id: no file ${folder}/${id}.md exists. Check the spelling or add that file`,
    }));
}

/** Every dangling reference between content files, as problems naming the file and field. */
export function checkReferences(input: ReferenceInput): ContentProblem[] {
  const figureIds = new Set(input.figures.map((f) => f.id));
  const speakerIds = new Set(input.speakers.map((s) => s.id));
  const { startDate, endDate } = input.conference;
  const problems: ContentProblem[] = [];

  for (const f of input.figures) {
    if ((RESERVED_FIGURE_IDS as readonly string[]).includes(f.id)) {
      problems.push({ file: f.file, field: '', message: `the file name "${f.id}" is taken: /figures/${f.id}/ is a page of its own. Name the file for what the figure counts, such as forced-labour-2021.md` });
    }
    problems.push(...unknownIds(f.file, 'related', f.related, figureIds, 'content/figures'));
  }
  for (const s of input.sessions) {
    problems.push(...unknownIds(s.file, 'speakers', s.speakers, speakerIds, 'content/speakers'));
    problems.push(...unknownIds(s.file, 'moderators', s.moderators, speakerIds, 'content/speakers'));
    if (s.day < startDate || s.day > endDate) {
      problems.push({
        file: s.file,
        field: 'day',
        message: `"${s.day}" is not a day of the conference: use a date from ${startDate} to ${endDate}`,
      });
    }
  }
  problems.push(...roomOverlaps(input.sessions));
  for (const b of input.bodies) {
    for (const id of figureIdsIn(b.body)) {
      if (!figureIds.has(id)) {
        problems.push({
          file: b.file,
          field: '<Figure id>',
          message: `<Figure id="${id}" /> names no figure: no file content/figures/${id}.md exists. Check the id`,
        });
      }
    }
  }
  return problems;
}
