import { describe, expect, it } from 'vitest';
import { symlinkProblems } from './symlinks';

describe('symlinkProblems', () => {
  it('names each link, sorted, and says to commit the real file', () => {
    expect(symlinkProblems(['public/leak.txt', 'content/figures/x.md'])).toEqual([
      { file: 'content/figures/x.md', field: '', message: expect.stringContaining('commit the real file') },
      { file: 'public/leak.txt', field: '', message: expect.stringContaining('is a symbolic link') },
    ]);
    expect(symlinkProblems([])).toEqual([]);
  });
});
