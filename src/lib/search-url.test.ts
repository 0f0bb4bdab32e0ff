import { describe, expect, it } from 'vitest';
import { readHighlightTerms, readSearchState, resultHref, searchQueryString } from './search-url';

describe('search state in the address', () => {
  it('reads the query and known sections, in a stable order', () => {
    expect(readSearchState('?q=27.6+million&section=Programme&section=Figures&section=Nope')).toEqual({
      query: '27.6 million',
      sections: ['Figures', 'Programme'],
    });
    expect(readSearchState('')).toEqual({ query: '', sections: [] });
  });
  it('writes it back so it round-trips', () => {
    const state = { query: '$150 billion', sections: ['Figures' as const] };
    expect(searchQueryString(state)).toBe('?q=%24150+billion&section=Figures');
    expect(readSearchState(searchQueryString(state))).toEqual(state);
    expect(searchQueryString({ query: '', sections: [] })).toBe('');
  });
});

describe('result addresses', () => {
  it('carries the words to highlight, before any fragment', () => {
    expect(resultHref('/figures/x/', ['27.6', 'million'])).toBe('/figures/x/?highlight=27.6+million');
    expect(resultHref('/background/a/#sources', ['maastricht'])).toBe('/background/a/?highlight=maastricht#sources');
    expect(resultHref('/figures/x/', [])).toBe('/figures/x/');
  });
  it('reads them back, lower-cased and limited', () => {
    expect(readHighlightTerms('?highlight=27.6+Million')).toEqual(['27.6', 'million']);
    expect(readHighlightTerms('?highlight=%24150')).toEqual(['$150']);
    expect(readHighlightTerms('?x=1')).toEqual([]);
    expect(readHighlightTerms(`?highlight=${'a '.repeat(5)}${Array.from({ length: 20 }, (_, i) => `w${i}`).join('+')}`)).toHaveLength(10);
  });
});
