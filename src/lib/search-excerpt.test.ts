import { describe, expect, it } from 'vitest';
import { buildExcerpt, endsSentence, excerptStart, findWords } from './search-excerpt';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marks = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('findWords', () => {
  it('finds a run of words', () => {
    expect(findWords(['a', 'b', 'c', 'b', 'c'], ['b', 'c'])).toBe(1);
    expect(findWords(['a', 'b'], ['b', 'x'])).toBe(-1);
    expect(findWords(['a'], [])).toBe(-1);
  });
});

describe('excerptStart', () => {
  it('starts at 0 for short texts or no match', () => {
    expect(excerptStart([5], 20, 30)).toBe(0);
    expect(excerptStart([], 200, 30)).toBe(0);
  });
  it('picks the window with the most matches, with a little lead', () => {
    expect(excerptStart([10, 100, 104, 108], 200, 30)).toBe(93);
  });
  it('never runs past the end', () => {
    expect(excerptStart([199], 200, 30)).toBe(170);
  });
});

describe('buildExcerpt', () => {
  it('marks matched words and shows where text was cut', () => {
    const parts = buildExcerpt(words(100), [50], { length: 10 });
    expect(marks(parts)).toEqual(['w50']);
    expect(text(parts)).toBe('… w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 …');
  });
  it('counts words as the index does, on any white space', () => {
    expect(buildExcerpt('US$150\nbillion  Annual illegal', [1], { length: 10 })).toEqual([
      { text: 'US$150 ', mark: false },
      { text: 'billion', mark: true },
      { text: ' Annual illegal', mark: false },
    ]);
  });
  it('keeps markup in the text as text', () => {
    expect(buildExcerpt('a <b>bold</b> claim', [1], { length: 10 })[1]).toEqual({ text: '<b>bold</b>', mark: true });
  });

  const page =
    'Figures · Profits. US$150 billion Annual illegal profits report. $150 billion · 150bn · 150 billion What this figure does not say.';
  const hidden = '$150 billion · 150bn · 150 billion';
  it('leaves out the hidden spellings and their matches', () => {
    const parts = buildExcerpt(page, [4, 10, 11, 13], { hidden, length: 40 });
    expect(text(parts)).toBe('Figures · Profits. US$150 billion Annual illegal profits report. What this figure does not say.');
    expect(marks(parts)).toEqual(['billion']);
  });
  it('marks the value instead when only the hidden spellings matched', () => {
    const parts = buildExcerpt(page, [13], { hidden, fallback: 'US$150 billion', length: 40 });
    expect(marks(parts)).toEqual(['US$150', 'billion']);
    expect(text(parts)).not.toContain('150bn');
  });
});

describe('endsSentence', () => {
  it('knows a sentence end, with closing quotes or brackets', () => {
    for (const w of ['said.', 'why?', 'now!', 'so…', 'million".', '(2022).', 'it.”', '1%).']) expect(endsSentence(w), w).toBe(true);
  });
  it('does not take numbers, initialisms or commas for one', () => {
    for (const w of ['27.6', 'U.S.', 'UN.', 'ILO,', '$150', 'PC.DEC/557']) expect(endsSentence(w), w).toBe(w === 'UN.');
  });
});

describe('the excerpt keeps to sentences', () => {
  const before = 'An earlier sentence that says something else entirely about another matter.';
  const sentence = 'The estimate of 27.6 million people in forced labour comes from surveys.';
  const after = 'A later sentence follows with more words than the window can hold at all here.';
  const content = `${before} ${sentence} ${after}`;
  const at = content.split(' ').indexOf('27.6');

  it('starts at the beginning of the sentence that holds the match, without "…"', () => {
    const shown = text(buildExcerpt(content, [at, at + 1], { length: 16 }));
    expect(shown.startsWith('The estimate of 27.6 million')).toBe(true);
  });
  it('ends after a whole sentence when one ends in the second half of the window', () => {
    expect(text(buildExcerpt(content, [at, at + 1], { length: 16 }))).toBe(sentence);
  });
  it('cuts with "…" where a sentence is too long to start at its beginning', () => {
    const long = `${words(40)} 27.6 million ${words(40)}.`;
    const shown = text(buildExcerpt(long, [40, 41], { length: 10 }));
    expect(shown).toMatch(/^… w\d+ .* …$/);
    expect(marks(buildExcerpt(long, [40, 41], { length: 10 }))).toEqual(['27.6', 'million']);
  });
  it('does not stop at an initialism such as "U.S."', () => {
    const page = 'Counted by the U.S. Department: 115,324 victims identified by governments in 2022, with more words after.';
    const shown = text(buildExcerpt(page, [5], { length: 10 }));
    expect(shown.startsWith('Counted by the U.S. Department')).toBe(true);
  });
});
