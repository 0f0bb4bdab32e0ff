import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './nearest';

describe('nearest', () => {
  it('finds a slip: one letter, or the case', () => {
    expect(editDistance('inlne', 'inline')).toBe(1);
    expect(nearest('inlne', ['id', 'inline'])).toBe('inline');
    expect(nearest('Id', ['id', 'inline'])).toBe('id');
    expect(nearest('Figur', ['Figure'])).toBe('Figure');
  });

  it('suggests nothing for a different word, or for the name itself', () => {
    expect(nearest('colour', ['id', 'inline'])).toBeUndefined();
    expect(nearest('id', ['id'])).toBeUndefined();
  });
});
