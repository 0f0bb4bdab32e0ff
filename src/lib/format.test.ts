import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDay, formatPartialDate, weekday } from './format';

describe('formatPartialDate', () => {
  it('writes full, month and year precision', () => {
    expect(formatPartialDate('2003-07-24')).toBe('24 July 2003');
    expect(formatPartialDate('2003-12')).toBe('December 2003');
    expect(formatPartialDate('2004')).toBe('2004');
  });
  it('rejects what is not a date', () => {
    expect(() => formatPartialDate('soon')).toThrow('Not a date');
  });
});

describe('formatDateRange', () => {
  it('shares the month and year within one month', () => {
    expect(formatDateRange('2023-04-18', '2023-04-19')).toBe('18–19 April 2023');
  });
  it('spells out both ends across months', () => {
    expect(formatDateRange('2025-03-31', '2025-04-01')).toBe('31 March 2025 – 1 April 2025');
  });
  it('gives a single date once', () => {
    expect(formatDateRange('2023-04-18', '2023-04-18')).toBe('18 April 2023');
  });
});

describe('formatDay', () => {
  it('names the weekday and the date', () => {
    expect(formatDay('2023-04-19')).toBe('Wednesday 19 April 2023');
  });
});

describe('weekday', () => {
  it('names the conference days', () => {
    expect(weekday('2023-04-18')).toBe('Tuesday');
    expect(weekday('2023-04-19')).toBe('Wednesday');
  });
});
