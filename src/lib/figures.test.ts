import { describe, expect, it } from 'vitest';
import { formatAmount, shortPublisher } from './figures';

describe('formatAmount', () => {
  it('writes sums the way the figures are written', () => {
    expect(formatAmount(27_500_000, 'people')).toBe('27.5 million');
    expect(formatAmount(49_600_000, 'people')).toBe('49.6 million');
    expect(formatAmount(150.2e9, 'usd')).toBe('US$150.2 billion');
    expect(formatAmount(236e9, 'usd')).toBe('US$236 billion');
    expect(formatAmount(100, 'percent')).toBe('100%');
    expect(formatAmount(0.42, 'percent')).toBe('0.42%');
    expect(formatAmount(5260, 'count')).toBe('5,260');
    expect(formatAmount(3.5, 'per-1000')).toBe('3.5 per 1,000');
  });
});

describe('shortPublisher', () => {
  it('shortens each name to the abbreviation its capitals spell', () => {
    expect(shortPublisher('International Labour Organization (ILO), Walk Free and International Organization for Migration (IOM)')).toBe(
      'ILO, Walk Free and IOM',
    );
    expect(shortPublisher('Organization for Security and Co-operation in Europe (OSCE)')).toBe('OSCE');
    expect(shortPublisher('United Nations Office on Drugs and Crime (UNODC)')).toBe('UNODC');
  });

  it('leaves names without a matching abbreviation as they are', () => {
    expect(shortPublisher('U.S. Department of State')).toBe('U.S. Department of State');
    expect(shortPublisher('Some Body (XYZ)')).toBe('Some Body (XYZ)');
  });
});
