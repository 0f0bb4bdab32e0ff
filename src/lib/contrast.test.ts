import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#8a2c0d', '#8a2c0d')).toBe(1);
  });
  it('matches the published ratio of a known pair (#767676 on white is 4.54)', () => {
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
  it('rejects anything but #rrggbb', () => {
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/Not a #rrggbb colour: "red"/);
  });
});
