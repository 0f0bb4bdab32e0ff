// The content check as editors meet it, on a copy of the project with mistakes in its content:
// `npm run check` and `astro build` list the same problems, and `astro dev` prints them at start and
// again after each save. The list is the one the unit tests check (checkContentTree).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentTree } from '../../src/pipeline/check-content';
import { buildEnv } from '../helpers/build-env';
import { projectCopy } from '../helpers/project-copy';

const copy = projectCopy();
const at = (path: string) => join(copy.root, path);
const edit = (path: string, change: (text: string) => string) => writeFileSync(at(path), change(readFileSync(at(path), 'utf8')));
/** The problem lines of an output: "  ✗ content/…". */
const problemLines = (output: string) => [...output.matchAll(/^ {2}✗ (.+)$/gm)].map((m) => m[1]);
const env = buildEnv(process.env, { ASTRO_TELEMETRY_DISABLED: '1' });
let expected: string[] = [];
const originals = new Map<string, string>();
const keep = (...paths: string[]) => paths.forEach((p) => originals.set(p, readFileSync(at(p), 'utf8')));
/** Puts every file back as it was. */
function restore(): void {
  renameSync(at('content/speakers/sophie-otiende.MD'), at('content/speakers/sophie-otiende.md'));
  for (const [path, text] of originals) writeFileSync(at(path), text);
}

beforeAll(() => {
  keep(
    'content/figures/forced-labour-2021.md',
    'content/speakers/theresa-may.md',
    'content/background/alliance.mdx',
    'content/pages/privacy.md',
  );
  edit('content/figures/forced-labour-2021.md', (t) => t.replace('value: 27600000', 'value: 2760000'));
  edit('content/speakers/theresa-may.md', (t) => t.replace(/^name: "(.*)"$/m, 'name: “$1”'));
  appendFileSync(at('content/background/alliance.mdx'), '\nFewer than <1% of them were identified.\n');
  appendFileSync(
    at('content/pages/privacy.md'),
    '\nSee [the glossary](/glossary/#no-such-term) and [a figure](/figures/does-not-exist/).\n',
  );
  renameSync(at('content/speakers/sophie-otiende.md'), at('content/speakers/sophie-otiende.MD'));
  expected = checkContentTree(copy.root, copy.root).messages;
});
afterAll(() => copy.remove());

describe('a content folder with mistakes', () => {
  it('has the mistakes the check is meant to find', () => {
    expect(expected.length).toBeGreaterThanOrEqual(7);
    expect(expected.join('\n')).toContain('"display" shows 27.6 million but "value" is 2760000');
  });

  it('fails npm run check with every problem', () => {
    const run = spawnSync('node', ['scripts/check-content.mjs'], { cwd: copy.root, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(problemLines(run.stderr)).toEqual(expected);
  });

  it('stops astro build with the same list, before building a page', () => {
    const run = spawnSync('node', ['node_modules/astro/astro.js', 'build'], { cwd: copy.root, env, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(problemLines(output)).toEqual(expected);
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/index\.html/);
  });
});

describe('astro dev on that folder', () => {
  let server: ChildProcess | undefined;
  let output = '';
  const waitFor = async (test: () => boolean, what: string, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!test()) {
      if (Date.now() > end) throw new Error(`Timed out waiting for ${what}. Output:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  it('prints the problems at start, again after each save, and says search needs a build', { timeout: 180_000 }, async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    server = spawn('node', ['node_modules/astro/astro.js', 'dev', '--port', String(port)], { cwd: copy.root, env, detached: true });
    server.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(() => output.includes('watching for file changes'), 'the server');
    expect(problemLines(output)).toEqual(expected);

    output = '';
    edit('content/figures/forced-labour-2021.md', (t) => t.replace('value: 2760000', 'value: 27600000'));
    await waitFor(() => output.includes('The content has'), 'the report after a save');
    await new Promise((r) => setTimeout(r, 1000));
    expect(problemLines(output)).toEqual(expected.filter((m) => !m.includes('"display" shows')));
    expect(output).not.toContain('Duplicate id');

    output = '';
    restore();
    await waitFor(() => output.includes('Content check passed: every problem is fixed.'), 'the report once all is fixed');

    const page = await (await fetch(`http://localhost:${port}/search/`)).text();
    expect(page).toContain('The development server has no search index');
    expect(page).toContain('npm start');
  });
});
