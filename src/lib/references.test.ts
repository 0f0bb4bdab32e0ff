import { describe, expect, it } from 'vitest';
import { checkReferences, figureIdsIn, type ReferenceInput } from './references';

const base: ReferenceInput = {
  conference: { file: 'content/conference.yaml', startDate: '2023-04-18', endDate: '2023-04-19' },
  figures: [{ id: 'a', file: 'content/figures/a.md', related: [] }],
  speakers: [{ id: 'jane-doe' }],
  sessions: [{ id: 's', file: 'content/programme/s.md', day: '2023-04-18', speakers: ['jane-doe'], moderators: [] }],
  bodies: [{ file: 'content/background/x.mdx', body: 'Text <Figure id="a" inline /> more.' }],
};

describe('figureIdsIn', () => {
  it('finds ids in both quote styles and with other attributes first', () => {
    expect(figureIdsIn(`<Figure id="x" /> <Figure inline id='y'/> <Figures id="z"/>`)).toEqual(['x', 'y']);
  });
});

describe('checkReferences', () => {
  it('accepts content whose references all resolve', () => {
    expect(checkReferences(base)).toEqual([]);
  });
  it('names the file and field of an unknown speaker', () => {
    const input = { ...base, sessions: [{ ...base.sessions[0]!, speakers: ['jane-doe', 'john-roe'] }] };
    expect(checkReferences(input)).toEqual([
      {
        file: 'content/programme/s.md',
        field: 'speakers',
        message: '"john-roe" is not a known id: no file content/speakers/john-roe.md exists. Check the spelling or add that file',
      },
    ]);
  });
  it('rejects a day outside the conference', () => {
    const input = { ...base, sessions: [{ ...base.sessions[0]!, day: '2023-04-20' }] };
    expect(checkReferences(input).map((p) => p.field)).toEqual(['day']);
  });
  it('rejects an embedded figure that does not exist, and a dangling related id', () => {
    const input = {
      ...base,
      figures: [{ id: 'a', file: 'content/figures/a.md', related: ['b'] }],
      bodies: [{ file: 'content/background/x.mdx', body: '<Figure id="nope" />' }],
    };
    expect(checkReferences(input).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/figures/a.md related',
      'content/background/x.mdx <Figure id>',
    ]);
  });
  it('keeps the addresses of the topic pages and "Where sources differ" from figures', () => {
    const input = { ...base, figures: [...base.figures, { id: 'topics', file: 'content/figures/topics.md', related: [] }, { id: 'differ', file: 'content/figures/differ.md', related: [] }] };
    expect(checkReferences(input)).toEqual([
      { file: 'content/figures/topics.md', field: '', message: 'the file name "topics" is taken: /figures/topics/ is a page of its own. Name the file for what the figure counts, such as forced-labour-2021.md' },
      { file: 'content/figures/differ.md', field: '', message: 'the file name "differ" is taken: /figures/differ/ is a page of its own. Name the file for what the figure counts, such as forced-labour-2021.md' },
    ]);
  });
});
