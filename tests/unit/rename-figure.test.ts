// Renaming a figure's file, and nothing else, must make the check list every place that still uses
// the old id: `related` in other figures, <Figure id="…"> in articles and links to its page.
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/lib/list-files.mjs';
import { formatProblem } from '../../src/lib/content-errors';
import { checkContentTree } from '../../src/pipeline/check-content';
import { contentTree } from '../helpers/content-tree';

const OLD = 'forced-labour-2021';
const NEW = 'forced-labour-estimate-2021';
const tree = contentTree({ base: process.cwd() });
afterAll(() => tree.remove());

describe(`renaming content/figures/${OLD}.md`, () => {
  it('lists every use of the old id, and nothing else', { timeout: 30_000 }, () => {
    renameSync(join(tree.root, `content/figures/${OLD}.md`), join(tree.root, `content/figures/${NEW}.md`));
    const uses = listFiles(join(tree.root, 'content')).flatMap((f) => {
      const text = readFileSync(join(tree.root, 'content', f), 'utf8');
      return [...text.matchAll(new RegExp(`(?<![\\w-])${OLD}(?![\\w-])`, 'g'))].map(() => `content/${f}`);
    });
    expect(new Set(uses).size).toBeGreaterThan(5);

    const problems = checkContentTree(tree.root).problems;
    expect(problems.map((p) => p.file.replace(/ \(entry .*$/, '')).sort(), problems.map(formatProblem).join('\n')).toEqual(uses.sort());
    for (const p of problems) expect(p.message).toContain(OLD);
  });
});
