import { describe, expect, it } from 'vitest';
import { changedFields, describeFields, figureChanges, reportLines, unrecorded, type RawFigure } from './published-changes';

const figure = (over: RawFigure = {}): RawFigure => ({
  title: 'Victims identified',
  value: 90000,
  display: 'over 90,000',
  year: 2021,
  source: {
    publisher: 'U.S. Department of State',
    title: '2022 Trafficking in Persons Report',
    year: 2022,
    url: 'https://www.state.gov/a/',
    link: 'publication',
  },
  caveat: 'A caveat.',
  ...over,
});

describe('changedFields', () => {
  it('finds value, display, year, kind of year and the source fields, and nothing else', () => {
    const after = figure({
      value: 90354,
      display: '90,354',
      yearKind: 'publication',
      caveat: 'Another caveat.',
      source: { ...(figure().source as object), url: 'https://www.state.gov/b/', link: 'launch-page', note: 'new' },
    });
    expect(changedFields(figure(), after)).toEqual([
      { field: 'value', before: 90000, after: 90354 },
      { field: 'display', before: 'over 90,000', after: '90,354' },
      { field: 'yearKind', before: 'data', after: 'publication' },
      { field: 'source.url', before: 'https://www.state.gov/a/', after: 'https://www.state.gov/b/' },
    ]);
  });
  it('treats a kind of year left out as the default, data', () => {
    expect(changedFields(figure(), figure({ yearKind: 'data' }))).toEqual([]);
  });
  it('sees a field that appears or disappears', () => {
    expect(changedFields(figure({ source: undefined }), figure()).map((f) => f.field)).toEqual([
      'source.url',
      'source.publisher',
      'source.title',
      'source.year',
    ]);
  });
});

describe('figureChanges and unrecorded', () => {
  const base = new Map([
    ['a', figure()],
    ['b', figure({ value: 5260, display: '5,260' })],
    ['c', figure({ value: 10572, display: '10,572' })],
  ]);

  it('lists changed, renamed and removed figures of the base, and ignores new ones', () => {
    const head = new Map([
      ['a', figure({ value: 90354 })],
      ['b-renamed', figure({ value: 5260, display: '5,260' })],
      ['new', figure({ value: 1 })],
    ]);
    expect(figureChanges(base, head)).toEqual([
      { id: 'a', kind: 'changed', fields: [{ field: 'value', before: 90000, after: 90354 }] },
      { id: 'b', kind: 'renamed', to: 'b-renamed' },
      { id: 'c', kind: 'removed' },
    ]);
  });

  it('needs a new entry naming a changed figure, or the new id of a renamed one; a removal is always listed', () => {
    const changes = figureChanges(
      base,
      new Map([
        ['a', figure({ value: 90354 })],
        ['b2', figure({ value: 5260, display: '5,260' })],
      ]),
    );
    expect(unrecorded(changes, []).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(unrecorded(changes, [{ figure: 'a' }, { figure: 'b' }]).map((c) => c.id)).toEqual(['b', 'c']);
    expect(unrecorded(changes, [{ figure: 'a' }, { figure: 'b2' }, { figure: 'c' }]).map((c) => c.id)).toEqual(['c']);
    expect(unrecorded(changes, [{ article: 'a' } as { figure?: unknown }])).toHaveLength(3);
  });
});

describe('the report', () => {
  it('names the file, each field old → new, and the fix', () => {
    const [what, fix] = reportLines(
      { id: 'a', kind: 'changed', fields: changedFields(figure(), figure({ value: 90354, display: '90,354' })) },
      '2026-11-30',
    );
    expect(what).toBe('content/figures/a.md: value: 90000 → 90354; display: "over 90,000" → "90,354"');
    expect(fix).toBe(
      'A published fact changed without an entry in the corrections log. Add content/corrections/2026-11-30-a.md with figure: a, the kind, a one-line summary of what changed and, below it, why (see "Correct a published figure" in CONTRIBUTING.md).',
    );
    expect(describeFields([{ field: 'source.year', before: undefined, after: 2022 }])).toBe('source.year: (none) → 2022');
  });
  it('says what a rename and a removal break', () => {
    expect(reportLines({ id: 'a', kind: 'renamed', to: 'b' }, '2026-11-30')[0]).toBe(
      'content/figures/a.md: renamed to content/figures/b.md, so its address /figures/a/ stops working for everyone who cited it.',
    );
    expect(reportLines({ id: 'a', kind: 'removed' }, '2026-11-30')[1]).toMatch(/^Restore the file\./);
  });
});
