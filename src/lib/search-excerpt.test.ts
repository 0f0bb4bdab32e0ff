import { describe, expect, it } from 'vitest';
import { ALIAS_WEIGHT, buildExcerpt, excerptStart, visibleLocations } from './search-excerpt';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('visibleLocations', () => {
  it('leaves out matches in the hidden spellings of a figure', () => {
    expect(visibleLocations([{ weight: 10, location: 4 }, { weight: ALIAS_WEIGHT, location: 80 }, { weight: 1, location: 90 }])).toEqual([4, 90]);
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
    const parts = buildExcerpt(words(100), [50], 10);
    expect(parts[0]?.text.startsWith('… ')).toBe(true);
    expect(parts.filter((p) => p.mark)).toEqual([{ text: 'w50', mark: true }]);
    expect(text(parts)).toBe('… w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 …');
  });
  it('counts words as the index does, on any white space', () => {
    const parts = buildExcerpt('US$150\nbillion  Annual illegal', [1], 10);
    expect(parts).toEqual([
      { text: 'US$150 ', mark: false },
      { text: 'billion', mark: true },
      { text: ' Annual illegal', mark: false },
    ]);
  });
  it('keeps markup in the text as text', () => {
    const parts = buildExcerpt('a <b>bold</b> claim', [1], 10);
    expect(parts[1]).toEqual({ text: '<b>bold</b>', mark: true });
  });
});
