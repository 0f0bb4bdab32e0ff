import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptStart, findWords } from './search-excerpt';

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
