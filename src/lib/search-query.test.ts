import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQuery, queryTerms } from './search-query';

const q = (input: string) => normaliseQuery(input).query;

describe('normaliseQuery', () => {
  it('drops bidirectional controls, zero-width and control characters (the query becomes the page title)', () => {
    expect(q('\u202Enoillim\u202C 27.6')).toBe('noillim 27.6');
    expect(q('27\u2066.6 million\u2069\u0007')).toBe('27.6 million');
    expect(q('forced\u200Blabour')).toBe('forced labour');
    expect(q('\u202E')).toBe('');
  });

  it.each([
    ['27,6 million', '27.6 million'],
    ['0,33%', '0.33%'],
    ['3,5 per 1,000', '3.5 per 1,000'],
    ['5,260', '5,260'],
    ['150,000,000,000', '150,000,000,000'],
  ])('reads a decimal comma as a point but keeps thousands: %s', (input, expected) => {
    expect(q(input)).toBe(expected);
  });

  it.each([
    ['US$150 billion', '$150 billion'],
    ['US $150 billion', '$150 billion'],
    ['USD 150 billion', '$150 billion'],
    ['usd150bn', '$150 billion'],
    ['$ 150 billion', '$150 billion'],
    ['150 billion dollars', '150 billion dollars'],
    ['150 dollars', '$150'],
    ['236 USD', '$236'],
  ])('writes currency as the site does: %s', (input, expected) => {
    expect(q(input)).toBe(expected);
  });

  it.each([
    ['150bn', '150 billion'],
    ['150 bn', '150 billion'],
    ['150bln', '150 billion'],
    ['US$150bn', '$150 billion'],
    ['27.6m', '27.6 million'],
    ['27,6 mn', '27.6 million'],
    ['3.3 mio', '3.3 million'],
    ['90k', '90,000'],
    ['115K victims', '115,000 victims'],
  ])('spells out magnitudes: %s', (input, expected) => {
    expect(q(input)).toBe(expected);
  });

  it('leaves words that only look like magnitudes alone', () => {
    expect(q('18 March')).toBe('18 March');
    expect(q('Theresa May')).toBe('Theresa May');
    expect(q('bn')).toBe('bn');
  });

  it.each([
    ['1 %', '1%'],
    ['less than 1 percent', 'less than 1%'],
    ['38 per cent', '38%'],
    ['0.33 pct', '0.33%'],
    ['1％', '1%'],
  ])('writes percentages as the site does: %s', (input, expected) => {
    expect(q(input)).toBe(expected);
  });

  it('drops punctuation at the ends of words but keeps it inside numbers and references', () => {
    expect(q('27.6.')).toBe('27.6');
    expect(q('million, children')).toBe('million children');
    expect(q('PC.DEC/557')).toBe('PC.DEC/557');
  });

  it('trims and collapses white space, including no-break spaces', () => {
    expect(q('  27.6\u00a0million \n')).toBe('27.6 million');
    expect(q('   ')).toBe('');
  });

  it('cuts a long query at a word boundary and says so', () => {
    const long = 'forced labour '.repeat(40);
    const result = normaliseQuery(long);
    expect(result.truncated).toBe(true);
    expect(result.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.query.endsWith('labour') || result.query.endsWith('forced')).toBe(true);
    expect(normaliseQuery('x'.repeat(500)).query).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery('27.6 million').truncated).toBe(false);
  });

  it('passes markup through as text (it is never parsed)', () => {
    expect(q('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('queryTerms', () => {
  it('lower-cases, de-duplicates and drops words with no letter or digit', () => {
    expect(queryTerms('Action Plan action - 2003')).toEqual(['action', 'plan', '2003']);
    expect(queryTerms('')).toEqual([]);
  });
  it('leaves out common short words and a leading dollar sign', () => {
    expect(queryTerms('less than 1%')).toEqual(['less', '1%']);
    expect(queryTerms('a third of the victims')).toEqual(['third', 'victims']);
    expect(queryTerms('$150 billion')).toEqual(['150', 'billion']);
  });
});
