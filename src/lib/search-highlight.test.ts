import { describe, expect, it } from 'vitest';
import { highlightPattern, readHighlightTerms, splitMatches } from './search-highlight';
import { resultHref } from './search-url';

const marked = (text: string, terms: string[]) =>
  splitMatches(text, highlightPattern(terms)!)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('page highlighting', () => {
  it('marks words that start with a term, in any case', () => {
    expect(marked('Children and child labour; CHILD', ['child'])).toEqual(['Children', 'child', 'CHILD']);
  });
  it('marks numbers as written, not inside other numbers', () => {
    expect(marked('27.6 million of 127.6; 27.6.', ['27.6', 'million'])).toEqual(['27.6', 'million', '27.6']);
    expect(marked('1% and 11% and 0.1%', ['1%'])).toEqual(['1%']);
    expect(marked('US$150 billion', ['150', 'billion'])).toEqual(['150', 'billion']);
  });
  it('treats terms as text, not as patterns', () => {
    expect(marked('a (b) c.d cxd', ['(b)', 'c.d'])).toEqual(['(b)', 'c.d']);
  });
  it('keeps all the text', () => {
    const parts = splitMatches('The Action Plan (2003).', highlightPattern(['plan', '2003'])!);
    expect(parts.map((p) => p.text).join('')).toBe('The Action Plan (2003).');
    expect(parts).toHaveLength(5);
  });
  it('has nothing to find without terms', () => {
    expect(highlightPattern([])).toBeNull();
  });
});

describe('result addresses', () => {
  it('carries the words to highlight, before any fragment', () => {
    expect(resultHref('/figures/x/', ['27.6', 'million'])).toBe('/figures/x/?highlight=27.6+million');
    expect(resultHref('/background/a/#sources', ['maastricht'])).toBe('/background/a/?highlight=maastricht#sources');
    expect(resultHref('/figures/x/', [])).toBe('/figures/x/');
  });
  it('reads back what a result address carries', () => {
    const href = resultHref('/figures/x/#about', ['$150', 'billion', '1%']);
    expect(readHighlightTerms(new URL(href, 'http://x').search)).toEqual(['$150', 'billion', '1%']);
  });
  it('reads them back, lower-cased and limited', () => {
    expect(readHighlightTerms('?highlight=27.6+Million')).toEqual(['27.6', 'million']);
    expect(readHighlightTerms('?highlight=%24150')).toEqual(['$150']);
    expect(readHighlightTerms('?x=1')).toEqual([]);
    expect(readHighlightTerms(`?highlight=${'a '.repeat(5)}${Array.from({ length: 20 }, (_, i) => `w${i}`).join('+')}`)).toHaveLength(10);
  });
});
