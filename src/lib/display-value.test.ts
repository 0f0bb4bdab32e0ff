import { describe, expect, it } from 'vitest';
import { displayedNumber, displayMismatch } from './display-value';

describe('displayMismatch', () => {
  it('accepts every way the figures write their values', () => {
    const shown: [number, string][] = [
      [27600000, '27.6 million'],
      [22000000, '22 million'],
      [17, '17%'],
      [0.42, '0.42%'],
      [0.33, 'about 0.33%'],
      [5260, '5,260'],
      [90000, 'over 90,000'],
      [84000000000, 'US$84 billion'],
      [51200000000, 'US$51.2 billion'],
      [3.5, '3.5 per 1,000'],
      [33, '33 out of 57'],
      [57, '57'],
      [27650000, '27.6 million'],
      [-2, '-2+3'],
      [-1500, '−1,500'],
    ];
    for (const [value, display] of shown) expect(displayMismatch(value, display), display).toBeUndefined();
  });

  it('rejects a value the display does not show, saying what to write', () => {
    expect(displayMismatch(424.242, '424,242')).toBe(
      '"display" shows 424,242 but "value" is 424.242: write "value" as that number in full (424242 for "424,242"), or correct "display"',
    );
    expect(displayMismatch(27.6, '27.6 million')).toMatch(/\(27600000 for "27.6 million"\)/);
    expect(displayMismatch(2760000, '27.6 million')).toBeDefined();
    expect(displayMismatch(27660000, '27.6 million')).toBeDefined();
  });

  it('leaves alone a display without digits', () => {
    expect(displayedNumber('three in four')).toBeUndefined();
    expect(displayMismatch(75, 'three in four')).toBeUndefined();
  });
});
