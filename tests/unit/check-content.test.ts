// The editors' safety net: a broken content file is reported with its file, field and fix.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors';
import { checkContentTree } from '../../src/pipeline/check-content';
import { CONFERENCE, writeTree } from '../helpers/content-tree';

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
---
Body.
`;

let root = '';
function site(files: Record<string, string>): string {
  root = writeTree({ 'content/conference.yaml': CONFERENCE, ...files });
  return root;
}
const messages = (r: string) => checkContentTree(r).problems.map(formatProblem);
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

describe('checkContent', () => {
  it("passes the repository's own content", { timeout: 30_000 }, () => {
    const result = checkContentTree(process.cwd());
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.counts.figures).toBeGreaterThan(0);
  });

  it('reports a missing conference record', () => {
    root = writeTree({});
    expect(messages(root)).toEqual(['content/conference.yaml: is missing: the site needs the conference record']);
  });

  it('passes valid content and counts it', () => {
    const result = checkContentTree(site({ 'content/figures/forced-labour-2021.md': FIGURE }));
    expect(result.problems).toEqual([]);
    expect(result.counts.figures).toBe(1);
  });

  it('names the file and field when a figure has no source', () => {
    const broken = FIGURE.replace(/source:[\s\S]*?url: https:\/\/www\.ilo\.org\/\n/, '');
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
