import { describe, expect, it } from 'vitest';
import { readSearchState, searchQueryString } from './search-url';

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
