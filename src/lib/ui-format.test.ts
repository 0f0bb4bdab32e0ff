import { describe, expect, it } from 'vitest';
import { around, fill, plural } from './ui-format';

describe('fill', () => {
  it('fills each {name} and leaves unknown ones as written', () => {
    expect(fill('Showing {shown} of {total} sessions.', { shown: 2, total: 6 })).toBe('Showing 2 of 6 sessions.');
    expect(fill('{a} {b} {toString}', { a: 'x' })).toBe('x {b} {toString}');
  });

  it('does not read values as templates', () => {
    expect(fill('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
  });
});

describe('plural', () => {
  const forms = { zero: 'No results', one: '{count} result', other: '{count} results' };
  it('picks the form by count and locale', () => {
    expect(plural(forms, 0, 'en-GB')).toBe('No results');
    expect(plural(forms, 1, 'en-GB')).toBe('1 result');
    expect(plural(forms, 7, 'en-GB')).toBe('7 results');
    expect(plural({ one: 'Speaker', other: 'Speakers' }, 0, 'en-GB')).toBe('Speakers');
  });
});

describe('around', () => {
  it('splits a template around one placeholder and fills the others', () => {
    expect(around('Last updated {date}.', 'date')).toEqual(['Last updated ', '.']);
    expect(around('Day {number}: {date}', 'date', { number: 2 })).toEqual(['Day 2: ', '']);
    expect(around('No placeholder', 'date')).toEqual(['No placeholder', '']);
  });
});
