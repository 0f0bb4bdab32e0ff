// The reader on the kinds of collection the site has: a folder of YAML files (one entry each) and a
// YAML list, each entry named in its problems.
import { rmSync } from 'node:fs';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { text } from '../schemas/common';
import { formatProblem } from '../lib/content-errors';
import type { CollectionSpec } from '../schemas';
import { writeTree } from '../../tests/helpers/content-tree';
import { readCollection } from './read-collection';

const chart = z.object({ title: text('title'), summary: text('summary'), figures: z.array(z.string()) }).strict();
const charts: CollectionSpec = { path: 'content/charts', extensions: ['.yaml'], about: 'charts', schema: chart };
const topics: CollectionSpec = { path: 'content/topics.yaml', list: true, about: 'topics', schema: chart.extend({ id: text('id') }) };

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readCollection', () => {
  it('reads a folder of YAML files, one entry each, keeping the valid fields of a wrong one', () => {
    root = writeTree({
      'content/charts/scale.yaml': 'title: Scale\nsummary: "See [the figures](/figures/)."\nfigures: [a, b]\n',
      'content/charts/bad.yaml': 'title: Bad\nsummary: x\n',
    });
    const read = readCollection(root, charts);
    expect(read.entries.map((e) => [e.id, e.valid, e.body, e.data])).toEqual([
      ['bad', false, '', { title: 'Bad', summary: 'x' }],
      ['scale', true, '', { title: 'Scale', summary: 'See [the figures](/figures/).', figures: ['a', 'b'] }],
    ]);
    expect(read.problems.map(formatProblem)).toEqual(['content/charts/bad.yaml: figures: "figures" is required']);
  });

  it('reads a YAML list, naming each entry in its problems', () => {
    root = writeTree({
      'content/topics.yaml':
        '- id: scale\n  title: Scale\n  summary: "Text."\n  figures: []\n- id: profits\n  title: “Profits”\n  summary: "More."\n  figures: []\n',
    });
    const read = readCollection(root, topics);
    expect(read.entries.map((e) => [e.id, e.where])).toEqual([
      ['scale', 'content/topics.yaml (entry "scale")'],
      ['profits', 'content/topics.yaml (entry "profits")'],
    ]);
    expect(read.problems.map(formatProblem)).toEqual([
      'content/topics.yaml (entry "profits"): title: "title" is wrapped in curly quotes (“ ”): write straight double quotes instead, such as title: "Profits"',
    ]);
  });

  it('never reads a symbolic link', async () => {
    const { symlinkSync } = await import('node:fs');
    root = writeTree({ 'elsewhere.yaml': 'title: Secret\nsummary: x\nfigures: []\n', 'content/charts/.keep': '' });
    symlinkSync(`${root}/elsewhere.yaml`, `${root}/content/charts/linked.yaml`);
    expect(readCollection(root, charts).entries).toEqual([]);
  });
});
