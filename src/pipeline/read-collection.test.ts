// The reader on kinds of collection the site may add: a folder of YAML files (one entry each) and a
// YAML list, with a field that holds Markdown text.
import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownText, text } from '../schemas/common';
import { formatProblem } from '../lib/content-errors';
import type { CollectionSpec } from '../schemas';
import { writeTree } from '../../tests/helpers/content-tree';
import { rmSync } from 'node:fs';
import { readCollection } from './read-collection';

const chart = z.object({ title: text('title'), summary: markdownText('summary'), figures: z.array(z.string()) }).strict();
const charts: CollectionSpec = { path: 'content/charts', extensions: ['.yaml'], about: 'charts', schema: chart };
const topics: CollectionSpec = { path: 'content/topics.yaml', list: true, about: 'topics', schema: chart.extend({ id: text('id') }) };

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readCollection', () => {
  it('reads a folder of YAML files, one entry each, with the line of each Markdown field', () => {
    root = writeTree({
      'content/charts/scale.yaml': 'title: Scale\nsummary: "See [the figures](/figures/)."\nfigures: [a, b]\n',
      'content/charts/bad.yaml': 'title: Bad\nsummary: x\n',
    });
    const read = readCollection(root, charts);
    expect(read.entries.map((e) => [e.id, e.valid, e.body, e.markdown])).toEqual([
      ['bad', false, '', [{ field: 'summary', text: 'x', line: 2 }]],
      ['scale', true, '', [{ field: 'summary', text: 'See [the figures](/figures/).', line: 2 }]],
    ]);
    expect(read.problems.map(formatProblem)).toEqual([
      'content/charts/bad.yaml: figures: "figures" is required',
    ]);
  });

  it('reads a YAML list, naming each entry in its problems', () => {
    root = writeTree({
      'content/topics.yaml': '- id: scale\n  title: Scale\n  summary: "Text."\n  figures: []\n- id: profits\n  title: “Profits”\n  summary: "More [text](/x/)."\n  figures: []\n',
    });
    const read = readCollection(root, topics);
    expect(read.entries.map((e) => [e.id, e.where, e.markdown[0]?.line])).toEqual([
      ['scale', 'content/topics.yaml (entry "scale")', 3],
      ['profits', 'content/topics.yaml (entry "profits")', 7],
    ]);
    expect(read.problems.map(formatProblem)).toEqual([
      'content/topics.yaml (entry "profits"): title: "title" is wrapped in curly quotes (“ ”): write straight double quotes instead, such as title: "Profits"',
    ]);
  });
});
