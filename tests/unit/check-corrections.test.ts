// The pull-request check of the corrections log, on fixture changes in a temporary git repository:
// a base commit on main, then a working tree changed as a pull request would change it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCorrections, resolveBase, runCorrectionsCheck } from '../../scripts/lib/check-corrections';

const figure = (value: number, display: string) => `---
title: "People in forced labour worldwide"
value: ${value}
display: "${display}"
unit: people
year: 2021
scope: "Worldwide"
topic: scale
source:
  publisher: "ILO, Walk Free and IOM"
  title: "Global Estimates of Modern Slavery"
  year: 2022
  url: https://www.ilo.org/a
  link: publication
---

Text.
`;

const entry = (id: string) => `---
date: "2026-11-30"
figure: ${id}
kind: correction
summary: "The value changed."
---

Why it changed.
`;

let root: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root, stdio: 'pipe' });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'corrections-check-'));
  git('init', '-q', '-b', 'main');
  write('content/figures/forced-labour-2021.md', figure(27600000, '27.6 million'));
  write('content/figures/forced-marriage-2021.md', figure(22000000, '22 million'));
  write('content/corrections/2026-01-01-forced-labour-2021.md', entry('forced-labour-2021'));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const missing = () => checkCorrections(root, 'main').missing;

describe('the corrections check against a base commit', () => {
  it('passes when nothing published changed, and compares every figure of the base', () => {
    write('content/figures/forced-labour-2021.md', figure(27600000, '27.6 million').replace('Text.', 'Other words.'));
    expect(checkCorrections(root, 'main')).toMatchObject({ base: 'main', compared: 2, changes: [], missing: [] });
  });

  it('fails on a changed value without an entry, naming the field, old and new', () => {
    write('content/figures/forced-labour-2021.md', figure(28000000, '27.6 million'));
    expect(missing()).toEqual([
      { id: 'forced-labour-2021', kind: 'changed', fields: [{ field: 'value', before: 27600000, after: 28000000 }] },
    ]);
  });

  it('passes on a changed value with a new entry naming the figure, also once committed', () => {
    write('content/figures/forced-labour-2021.md', figure(28000000, '28 million'));
    write('content/corrections/2026-11-30-forced-labour-2021.md', entry('forced-labour-2021'));
    expect(missing()).toEqual([]);
    git('checkout', '-q', '-b', 'pr');
    git('add', '-A');
    git('commit', '-q', '-m', 'pr');
    expect(missing()).toEqual([]);
  });

  it('does not count an entry the base already had, nor an edited one', () => {
    write('content/figures/forced-labour-2021.md', figure(28000000, '27.6 million'));
    write('content/corrections/2026-01-01-forced-labour-2021.md', entry('forced-labour-2021').replace('Why', 'Still why'));
    expect(missing().map((c) => c.id)).toEqual(['forced-labour-2021']);
  });

  it('passes on a new figure', () => {
    write('content/figures/forced-labour-2022.md', figure(1, '1'));
    expect(checkCorrections(root, 'main')).toMatchObject({ changes: [], missing: [] });
  });

  it('fails on a renamed figure, and on a removed one', () => {
    renameSync(join(root, 'content/figures/forced-labour-2021.md'), join(root, 'content/figures/forced-labour-total-2021.md'));
    rmSync(join(root, 'content/figures/forced-marriage-2021.md'));
    expect(missing()).toEqual([
      { id: 'forced-labour-2021', kind: 'renamed', to: 'forced-labour-total-2021' },
      { id: 'forced-marriage-2021', kind: 'removed' },
    ]);
  });

  it('says how to make the base readable when it is not', () => {
    expect(() => checkCorrections(root, 'origin/main')).toThrow(/cannot read the base "origin\/main".*fetch-depth: 0/);
  });
});

describe('the base it compares with', () => {
  it('is the argument, else the pull request base on origin, else origin/main', () => {
    expect(resolveBase('abc123', { GITHUB_BASE_REF: 'main' })).toBe('abc123');
    expect(resolveBase(undefined, { GITHUB_BASE_REF: 'release' })).toBe('origin/release');
    expect(resolveBase(undefined, {})).toBe('origin/main');
  });
});

describe('npm run check:corrections', () => {
  const run = () => runCorrectionsCheck('main', root, {}, '2026-12-01');

  it('fails with the file, the change and the fix; passes once the entry is written', () => {
    write('content/figures/forced-labour-2021.md', figure(28000000, '28 million'));
    const failed = run();
    expect(failed).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        'Corrections check failed: 1 published figure changed since main without a new entry in content/corrections/.\n',
        expect.stringContaining(
          '  ✗ content/figures/forced-labour-2021.md: value: 27600000 → 28000000; display: "27.6 million" → "28 million"\n',
        ),
      ],
    });
    expect(failed.stderr[1]).toMatch(/Add content\/corrections\/2026-12-01-forced-labour-2021\.md with figure: forced-labour-2021/);
    write('content/corrections/2026-11-30-forced-labour-2021.md', entry('forced-labour-2021'));
    expect(run()).toEqual({
      code: 0,
      stdout: [
        'Corrections check passed: 2 published figures compared with main; 1 changed, each with a new entry in content/corrections/.',
      ],
      stderr: [],
    });
  });

  it('says why it cannot run, and exits 2', () => {
    expect(runCorrectionsCheck(undefined, root, { GITHUB_BASE_REF: 'main' }, '2026-12-01')).toEqual({
      code: 2,
      stdout: [],
      stderr: [expect.stringMatching(/^Corrections check could not run: cannot read the base "origin\/main"/)],
    });
  });

  // One run of the command itself, for what the function above leaves to it: printing and the exit code.
  it('prints that report and exits with its code', { timeout: 60_000 }, () => {
    write('content/figures/forced-labour-2021.md', figure(28000000, '28 million'));
    const command = spawnSync(
      process.execPath,
      [resolve('node_modules/vite-node/vite-node.mjs'), 'scripts/check-corrections.ts', 'main', root],
      {
        encoding: 'utf8',
      },
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(command.status).toBe(1);
    expect(command.stdout).toBe('');
    expect(command.stderr).toBe(`${runCorrectionsCheck('main', root, {}, today).stderr.join('\n')}\n`);
  });
});
