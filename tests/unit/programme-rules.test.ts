// The programme's rules for editors, on broken content folders: each fails `npm run check` and the
// build, naming the file, the field and the fix.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors';
import { checkContentTree } from '../../src/pipeline/check-content';
import { CONFERENCE, siteFiles, writeTree } from '../helpers/content-tree';

const SPEAKER = `---
name: Jane Doe
role: Test speaker
sortName: Doe
---
Bio.
`;

/** A session file; `extra` lines are added to (or override) the frontmatter. */
function session(extra: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    title: 'Test session',
    day: '"2023-04-18"',
    order: '1',
    format: 'panel',
    speakers: '[jane-doe]',
    ...extra,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\nDescription.\n`;
}

let root: string | undefined;
function messages(files: Record<string, string>): string[] {
  root = writeTree({ ...siteFiles(), 'content/conference.yaml': CONFERENCE, 'content/speakers/jane-doe.md': SPEAKER, ...files });
  return checkContentTree(root).problems.map(formatProblem);
}
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('programme rules', () => {
  it('accept a valid programme, timed and untimed, with rooms', () => {
    expect(
      messages({
        'content/programme/a.md': session({ start: '"09:30"', end: '"11:00"', room: 'Neuer Saal' }),
        'content/programme/b.md': session({ start: '"11:00"', end: '"12:30"', room: 'Neuer Saal' }),
        'content/programme/c.md': session({ day: '"2023-04-19"' }),
      }),
    ).toEqual([]);
  });

  it('reject an end before the start', () => {
    expect(messages({ 'content/programme/a.md': session({ start: '"11:00"', end: '"09:30"' }) })).toEqual([
      'content/programme/a.md: end: "end" must be later than "start" (11:00) on the same day; found "09:30"',
    ]);
  });

  it('reject an end equal to the start', () => {
    expect(messages({ 'content/programme/a.md': session({ start: '"11:00"', end: '"11:00"' }) })).toEqual([
      'content/programme/a.md: end: "end" must be later than "start" (11:00) on the same day',
    ]);
  });

  it('reject a start without an end', () => {
    expect(messages({ 'content/programme/a.md': session({ start: '"11:00"' }) })).toEqual([
      'content/programme/a.md: end: "end" is missing: give both "start" and "end", or neither while the times are not confirmed',
    ]);
  });

  it('reject a time that is not HH:MM', () => {
    expect(messages({ 'content/programme/a.md': session({ start: '"9.30"', end: '"11:00"' }) })).toEqual([
      'content/programme/a.md: start: "start" must be a 24-hour time written HH:MM, such as 09:30; found "9.30"',
    ]);
  });

  it('reject a day outside the conference', () => {
    expect(messages({ 'content/programme/a.md': session({ day: '"2023-04-20"' }) })).toEqual([
      'content/programme/a.md: day: "2023-04-20" is not a day of the conference: use a date from 2023-04-18 to 2023-04-19',
    ]);
  });

  it('reject an unknown speaker and an unknown moderator', () => {
    expect(messages({ 'content/programme/a.md': session({ speakers: '[jane-doe, john-roe]', moderators: '[jane-do]' }) })).toEqual([
      'content/programme/a.md: speakers: "john-roe" is not a known id: no file content/speakers/john-roe.md exists. Check the spelling or add that file',
      'content/programme/a.md: moderators: "jane-do" is not a known id: no file content/speakers/jane-do.md exists. Check the spelling or add that file',
    ]);
  });

  it('reject two sessions in the same room at overlapping times', () => {
    expect(
      messages({
        'content/programme/a.md': session({ start: '"09:30"', end: '"11:00"', room: 'Neuer Saal' }),
        'content/programme/b.md': session({ start: '"10:30"', end: '"12:00"', room: 'Neuer Saal' }),
      }),
    ).toEqual([
      'content/programme/b.md: start: 10:30–12:00 overlaps content/programme/a.md (09:30–11:00) in "Neuer Saal" on 2023-04-18: change the times or the room of one of the two sessions',
    ]);
  });

  it('allow the same times in two rooms', () => {
    expect(
      messages({
        'content/programme/a.md': session({ start: '"09:30"', end: '"11:00"', room: 'Neuer Saal' }),
        'content/programme/b.md': session({ start: '"09:30"', end: '"11:00"', room: 'Ratsaal' }),
      }),
    ).toEqual([]);
  });
});
