import { describe, expect, it } from 'vitest';
import { yearText } from './figure-year';

describe('yearText', () => {
  it('says what kind of year it is', () => {
    expect(yearText(2021, 'data')).toBe('data year 2021');
    expect(yearText(2014, 'publication')).toBe('published 2014');
    expect(yearText(2023, 'statement')).toBe('statement of 2023');
  });

  it('treats a year without a kind as a data year, the schema default', () => {
    expect(yearText(2020)).toBe('data year 2020');
  });

  it('capitalises for the start of a line, and only then', () => {
    expect(yearText(2021, 'data', { start: true })).toBe('Data year 2021');
    expect(yearText(2014, 'publication', { start: true })).toBe('Published 2014');
    expect(yearText(2023, 'statement', { start: true })).toBe('Statement of 2023');
    expect(yearText(2023, 'statement', { start: false })).toBe('statement of 2023');
  });

  it('refuses a value that is not a whole year', () => {
    expect(() => yearText(2021.5, 'data')).toThrow('Not a year: 2021.5');
  });
});
