// Every way a content file can be wrong, one folder each in tests/fixtures/broken/<case>/: the files in
// its content/ are laid over the valid minimal tree (those in its removed.txt are taken away), and
// expected.txt holds the exact messages that `npm run check` (and `npm run build`) print, one per
// line. {CURRENT_YEAR} stands for the build year.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors';
import { CURRENT_YEAR } from '../../src/schemas/common';
import { checkContentTree } from '../../src/pipeline/check-content';
import { contentTree, FIXTURES } from '../helpers/content-tree';

const BROKEN = join(FIXTURES, 'broken');
const cases = readdirSync(BROKEN).sort();

function messagesFor(overlay: string[]): string[] {
  const tree = contentTree({ overlay });
  try {
    return checkContentTree(tree.root).problems.map(formatProblem);
  } finally {
    tree.remove();
  }
}

describe('the valid minimal content tree', () => {
  it('passes the check, so each broken case fails for its own mistake only', () => {
    expect(messagesFor([])).toEqual([]);
  });
});

describe.each(cases)('broken content: %s', (name) => {
  const expected = readFileSync(join(BROKEN, name, 'expected.txt'), 'utf8')
    .replaceAll('{CURRENT_YEAR}', String(CURRENT_YEAR))
    .split('\n')
    .filter(Boolean);

  it('fails with the expected messages, naming file and field', () => {
    expect(messagesFor([join(BROKEN, name)])).toEqual(expected);
  });

  it('names a content file by its path from the repository root', () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(line).toMatch(/^content\/\S[^:]*: /);
  });
});
