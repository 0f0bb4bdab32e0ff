import { describe, expect, it } from 'vitest';
import { statusMessage as message, type StatusInput } from './search-status';
import { en } from '../i18n/en';

const statusMessage = (input: StatusInput) => message(input, en.search.status, en.locale);

const base = { query: '27.6 million', count: 3, sections: [], truncated: false, maxLength: 100 };

describe('statusMessage', () => {
  it('counts results', () => {
    expect(statusMessage(base)).toBe('3 results for “27.6 million”.');
    expect(statusMessage({ ...base, count: 1 })).toBe('1 result for “27.6 million”.');
    expect(statusMessage({ ...base, count: 0 })).toBe('No results for “27.6 million”.');
  });
  it('names the sections searched', () => {
    expect(statusMessage({ ...base, sections: ['Figures'] })).toBe('3 results for “27.6 million” in Figures.');
    expect(statusMessage({ ...base, sections: ['Figures', 'Background', 'Programme'] })).toBe(
      '3 results for “27.6 million” in Figures, Background and Programme.',
    );
  });
  it('says when a long query was cut', () => {
    expect(statusMessage({ ...base, truncated: true })).toMatch(/longer than 100 characters, so only the first part was used\.$/);
  });
});
