// The editors' safety net: a broken content file is reported with its file, field and fix.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors';
import { checkContentTree } from '../../src/pipeline/check-content';
import { CONFERENCE, siteFiles, writeTree } from '../helpers/content-tree';

const FIGURE = `---
title: People in forced labour worldwide
value: 27600000
display: 27.6 million
unit: people
year: 2021
scope: Worldwide
topic: scale
source:
  publisher: ILO, Walk Free and IOM
  title: Global Estimates of Modern Slavery
  year: 2022
  url: https://www.ilo.org/
  link: publication
---
Body.
`;

let root = '';
function site(files: Record<string, string>): string {
  root = writeTree({ ...siteFiles(), 'content/conference.yaml': CONFERENCE, ...files });
  return root;
}
const messages = (r: string) => checkContentTree(r).problems.map(formatProblem);
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

describe('checkContent', () => {
  // Reads every file of content/: seconds on a busy machine, more than the default 5 s allows.
  it("passes the repository's own content", () => {
    const result = checkContentTree(process.cwd());
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.counts.figures).toBeGreaterThan(0);
  }, 30_000);

  it('rejects symbolic links in content/ and public/, naming each, and never reads through them', () => {
    site({ 'content/figures/forced-labour-2021.md': FIGURE, 'outside/secret.md': FIGURE.replace('Body.', 'SECRET-BODY') });
    symlinkSync(join(root, 'outside/secret.md'), join(root, 'content/figures/linked.md'));
    mkdirSync(join(root, 'public/img'), { recursive: true });
    writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
    symlinkSync('/etc/hostname', join(root, 'public/img/leak.txt'));
    symlinkSync(join(root, 'outside'), join(root, 'public/folder'));
    const result = checkContentTree(root);
    expect(result.problems.map((p) => p.file)).toEqual(['content/figures/linked.md', 'public/folder', 'public/img/leak.txt']);
    expect(result.problems[0]!.message).toMatch(/symbolic link.*commit the real file/);
    expect(result.counts.figures).toBe(1);
  });

  it('rejects a bidirectional override or a zero-width character in a title or name, naming file and field', () => {
    const figure = FIGURE.replace('title: People in forced labour worldwide', 'title: "People in forced labour \u202Eedisdlrow"').replace(
      'publisher: ILO, Walk Free and IOM',
      'publisher: "ILO\u200B, Walk Free and IOM"',
    );
    expect(messages(site({ 'content/figures/x.md': figure }))).toEqual([
      'content/figures/x.md: title: "title" holds an invisible U+202E RIGHT-TO-LEFT OVERRIDE at character 25: it changes how the text reads without being seen. Delete it (retype the words around it)',
      'content/figures/x.md: source.publisher: "source.publisher" holds an invisible U+200B ZERO WIDTH SPACE at character 4: it changes how the text reads without being seen. Delete it (retype the words around it)',
    ]);
  });

  it('reports a missing conference record', () => {
    root = writeTree(siteFiles());
    expect(messages(root)).toEqual(['content/conference.yaml: is missing: the site needs the conference record']);
  });

  it('passes valid content and counts it', () => {
    const result = checkContentTree(site({ 'content/figures/forced-labour-2021.md': FIGURE }));
    expect(result.problems).toEqual([]);
    expect(result.counts.figures).toBe(1);
  });

  it('names the file and field when a figure has no source', () => {
    const broken = FIGURE.replace(/source:[\s\S]*?link: publication\n/, '');
    expect(messages(site({ 'content/figures/x.md': broken }))).toEqual([
      'content/figures/x.md: source: "source" is required: give publisher, title, year and url of the original publication',
    ]);
  });

  it('explains a source URL that is not a web address, quoting what was found', () => {
    const broken = FIGURE.replace('url: https://www.ilo.org/', 'url: see ILO website');
    expect(messages(site({ 'content/figures/x.md': broken }))).toEqual([
      'content/figures/x.md: source.url: "source.url" must be a web address starting with https://, such as https://www.osce.org/…; found "see ILO website"',
    ]);
  });

  it('rejects a value written in words', () => {
    const broken = FIGURE.replace('value: 27600000', 'value: twenty-seven million');
    expect(messages(site({ 'content/figures/x.md': broken }))).toEqual([
      'content/figures/x.md: value: "value" must be a number written in digits, such as 27600000 (not words, no quotes); found "twenty-seven million"',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const broken = FIGURE.replace('scope: Worldwide', 'scope: Worldwide: all: ages');
    const [message] = messages(site({ 'content/figures/x.md': broken }));
    expect(message).toBe(
      'content/figures/x.md: the YAML is not valid at line 7: a value contains a colon followed by a space, or a line is indented further than the field above it. Put such a value in double quotes, or line the field up with the others (e.g. scope: "Worldwide: all: ages"); found "scope: Worldwide: all: ages"',
    );
  });

  it('reports a misspelt field name', () => {
    const broken = FIGURE.replace('scope:', 'scoep:');
    expect(messages(site({ 'content/figures/x.md': broken }))).toEqual([
      'content/figures/x.md: scope: "scope" is required: where and whom the figure covers, such as "Worldwide, all ages"',
      'content/figures/x.md: scoep: "scoep" is not a field here: check its spelling, or remove it',
    ]);
  });
});
