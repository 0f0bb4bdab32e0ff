import { describe, expect, it } from 'vitest';
import { UnquotedDate } from './content-errors';
import { readYaml } from './yaml-source';

const SOURCE_FIELDS = ['publisher', 'title', 'year', 'url'];
const read = (text: string, list = false) =>
  readYaml(text, { firstLine: 2, list, fieldsAt: (path) => (path.join('.') === 'source' ? SOURCE_FIELDS : undefined) });
const error = (text: string, list = false) => {
  const result = read(text, list);
  if (result.ok) throw new Error('expected the YAML to fail');
  return result.message;
};

describe('readYaml', () => {
  it('reads valid YAML and knows the line of each field, counted in the file', () => {
    const result = read('title: A\nsource:\n  publisher: B\nlist:\n  - x\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toEqual({ title: 'A', source: { publisher: 'B' }, list: ['x'] });
    expect(result.lineOf(['source', 'publisher'])).toBe(4);
    expect(result.lineOf(['list', 0])).toBe(6);
    expect(result.notes).toEqual([]);
  });

  it('keeps a date without quotes as written', () => {
    const result = read('day: 2023-4-18\nother: "2023-04-18"\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toEqual({ day: new UnquotedDate('2023-4-18'), other: '2023-04-18' });
  });

  it('tells a field indented too little from a field written twice', () => {
    expect(error('title: A\nsource:\n  publisher: B\ntitle: "C"\n  year: 2022\n')).toBe(
      'the YAML is not valid at line 5: "title" belongs to the "source" block above but is not indented like its other fields, so it reads as a second "title": indent it by 2 spaces, like "publisher"; found "title: "C""',
    );
    expect(error('title: A\ntopic: x\nyear: 1\ntopic: y\n')).toBe(
      'the YAML is not valid at line 5: "topic" appears twice (also at line 3): keep the right one and delete the other; found "topic: y"',
    );
  });

  it('says how a line is indented, instead of blaming a quote', () => {
    expect(error('- id: a\n  title: "B"\n summary: C\n', true)).toBe(
      'the YAML is not valid at line 4: this line is indented by 1 space, the line above it by 2 spaces: the fields of one block must start at the same column (spaces only); found "summary: C"',
    );
    expect(error('- id: a\n  summary: x\n\n - id: b\n', true)).toBe(
      'the YAML is not valid at line 5: this list item is indented by 1 space, the first item by 0 spaces: every "- " of a list must start at the same column; found "- id: b"',
    );
  });

  it('names a tab, in a list or a block, at its line', () => {
    expect(error('speakers:\n\t- a\n')).toBe(
      'the YAML is not valid at line 3: this line is indented with a tab: indent with spaces only, two for each level; found "- a"',
    );
    expect(error('- id: a\n\tdate: "2003"\n', true)).toMatch(/^the YAML is not valid at line 3: this line is indented with a tab/);
  });

  it('names a non-breaking space at the line that holds it', () => {
    expect(error('title: A\nsource:\n  publisher: B\n\u00a0\u00a0year: 2022\n  url: x\n')).toBe(
      'the YAML is not valid at line 5: this line is indented with a non-breaking space (often pasted from a web page or a word processor): delete the indentation and type ordinary spaces; found "year: 2022"',
    );
  });

  it('asks for straight quotes instead of curly ones', () => {
    const result = read('title: “People”\nsource:\n  title: ‘Report’\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.notes.map((n) => [n.line, n.message])).toEqual([
      [2, '"title" is wrapped in curly quotes (“ ”): write straight double quotes instead, such as title: "People"'],
      [4, '"source.title" is wrapped in curly quotes (“ ”): write straight double quotes instead, such as title: "Report"'],
    ]);
    expect(error('title: “Global: Estimates”\n')).toBe(
      'the YAML is not valid at line 2: the value is wrapped in curly quotes (“ ”), which YAML does not read as quotes: write straight double quotes, such as title: "Global: Estimates"; found "title: “Global: Estimates”"',
    );
  });

  it('names fields of a list entry within the entry', () => {
    const result = read('- id: a\n  title: “B”\n', true);
    if (!result.ok) throw new Error(result.message);
    expect(result.notes[0]).toMatchObject({ path: [0, 'title'], line: 3 });
    expect(result.notes[0]!.message).toMatch(/^"title" is wrapped/);
  });

  it('suggests quotes for a value with a colon', () => {
    expect(error('scope: Worldwide: all ages\n')).toBe(
      'the YAML is not valid at line 2: a value contains a colon followed by a space, or a line is indented further than the field above it. Put such a value in double quotes, or line the field up with the others (e.g. scope: "Worldwide: all ages"); found "scope: Worldwide: all ages"',
    );
  });
});
