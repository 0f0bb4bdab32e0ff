// CONTRIBUTING.md's examples are meant to be copied: each one marked <!-- check: … --> is applied to a
// copy of the real content, which must then pass the check; one marked "from" is quoted from a file,
// which must hold it word for word. The sample messages it shows must be the
// ones the check really prints (they are the broken fixtures' expected messages).
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors';
import { checkContentTree } from '../../src/pipeline/check-content';
import { reportLines } from '../../src/lib/published-changes';
import { contentTree, FIXTURES } from '../helpers/content-tree';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const examples = [...guide.matchAll(/<!-- check: (new|into|append|from) (\S+) -->\n\n?```\w*\n([\s\S]*?)\n```/g)].map((m) => ({
  action: m[1] as 'new' | 'into' | 'append' | 'from',
  path: m[2]!,
  text: `${m[3]}\n`,
}));

/** What the corrections check prints for the change the guide shows (scripts/check-corrections.ts prints "  ✗ what\n    fix"). */
const correctionsSample = reportLines(
  {
    id: 'victims-identified-2021',
    kind: 'changed',
    fields: [
      { field: 'value', before: 90000, after: 90354 },
      { field: 'display', before: 'over 90,000', after: '90,354' },
    ],
  },
  '2026-11-30',
);

describe('CONTRIBUTING.md', () => {
  it('has a checked example for each recipe', () => {
    const folders = examples.map((e) => e.path.replace(/\/[^/]*$/, '/'));
    for (const folder of [
      'content/figures/',
      'content/programme/',
      'content/speakers/',
      'content/background/',
      'content/sections/',
      'content/corrections/',
    ]) {
      expect(folders).toContain(folder);
    }
    const files = examples.map((e) => e.path);
    for (const file of [
      'content/milestones.yaml',
      'content/charts.yaml',
      'content/disagreements.yaml',
      'content/topics.yaml',
      'content/session-formats.yaml',
    ]) {
      expect(files).toContain(file);
    }
    // The claim recipe quotes a real claim.
    expect(examples.some((e) => e.action === 'from' && e.path.startsWith('content/figures/') && e.text.startsWith('claim:'))).toBe(true);
  });

  it('quotes the files it shows word for word', () => {
    for (const { path, text } of examples.filter((e) => e.action === 'from')) {
      expect(readFileSync(path, 'utf8'), path).toContain(text);
    }
  });

  // Copies and checks all of content/: seconds on a busy machine, more than the default 5 s allows.
  it('gives examples that pass the content check when applied to the real content', () => {
    const tree = contentTree({ base: process.cwd() });
    try {
      for (const { action, path, text } of examples) {
        const file = join(tree.root, path);
        if (action === 'from') continue;
        if (action === 'new') writeFileSync(file, text);
        else if (action === 'append') appendFileSync(file, `\n${text}`);
        else {
          // Lines that go into an existing file's frontmatter, before its closing dashes.
          const current = readFileSync(file, 'utf8');
          writeFileSync(file, current.replace(/^(---\n[\s\S]*?\n)(---\n)/, `$1${text}$2`));
        }
      }
      expect(checkContentTree(tree.root).problems.map(formatProblem)).toEqual([]);
      const session = readFileSync(join(tree.root, 'content/programme/survivor-leaders-panel.md'), 'utf8');
      expect(session).toMatch(/\nstart: "09:30"\nend: "11:00"\n[\s\S]*\n---\n/);
    } finally {
      tree.remove();
    }
  }, 30_000);

  it("shows the corrections check's message exactly as it prints it", () => {
    expect(guide).toContain(`\n  ✗ ${correctionsSample[0]}\n    ${correctionsSample[1]}\n`);
  });

  it('shows sample messages exactly as the check prints them', () => {
    const printed = readdirSync(join(FIXTURES, 'broken')).flatMap((c) =>
      readFileSync(join(FIXTURES, 'broken', c, 'expected.txt'), 'utf8').split('\n'),
    );
    printed.push(correctionsSample[0]!); // checked above, against the corrections check itself
    const samples = [...guide.matchAll(/^ {2}✗ (.+)$/gm)].map((m) => m[1]);
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(printed).toContain(sample);
  });

  it('links the field reference, which exists', () => {
    expect(guide).toContain('(docs/fields.md)');
    expect(readFileSync('docs/fields.md', 'utf8')).toMatch(/^<!-- Generated/);
  });
});
