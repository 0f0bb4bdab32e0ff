import { describe, expect, it } from 'vitest';
import { displayOrder, figuresWithPages, groupByTopic, pageWindow, topicPagePath } from './figure-index';

const topics = [{ id: 'scale' }, { id: 'empty' }, { id: 'profits' }];
const figures = ['p1', 's1', 's2', 'p2', 's3'].map((id) => ({ id, topic: id.startsWith('s') ? 'scale' : 'profits' }));

describe('groupByTopic', () => {
  it('groups in the order of the topics, keeps the figures’ order and leaves out empty topics', () => {
    const groups = groupByTopic(topics, figures, (f) => f.topic);
    expect(groups.map((g) => [g.topic.id, g.shown.map((f) => f.id), g.total])).toEqual([
      ['scale', ['s1', 's2', 's3'], 3],
      ['profits', ['p1', 'p2'], 2],
    ]);
  });

  it('shows at most `limit` of each topic, and counts them all', () => {
    const groups = groupByTopic(topics, figures, (f) => f.topic, 2);
    expect(groups.map((g) => [g.shown.map((f) => f.id), g.total])).toEqual([
      [['s1', 's2'], 3],
      [['p1', 'p2'], 2],
    ]);
  });
});

describe('topicPagePath', () => {
  it('gives the first page no number and the others theirs', () => {
    expect(topicPagePath('scale')).toBe('/figures/topics/scale/');
    expect(topicPagePath('scale', 1)).toBe('/figures/topics/scale/');
    expect(topicPagePath('scale', 3)).toBe('/figures/topics/scale/3/');
  });
});

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageWindow(19, 20)).toEqual([1, 'gap', 17, 18, 19, 20]);
  });

  it('shows a page rather than a gap standing for it alone', () => {
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pageWindow(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 12]);
  });
});

describe('figuresWithPages', () => {
  it('gives every figure its pages unless told which', () => {
    expect(figuresWithPages(undefined, figures)).toEqual(figures);
    expect(figuresWithPages('all', figures)).toEqual(figures);
  });

  it('keeps the named figures, in their order', () => {
    expect(figuresWithPages(' s3, p1 ', figures).map((f) => f.id)).toEqual(['p1', 's3']);
  });

  it('names the ids that match no figure, and refuses an empty list', () => {
    expect(() => figuresWithPages('p1,x,y', figures)).toThrow(
      'FIGURE_PAGES must be "all" or figure ids separated by commas; no figure has the id "x", "y".',
    );
    expect(() => figuresWithPages(' , ', figures)).toThrow('found none');
  });
});

describe('displayOrder', () => {
  it('sorts by the topics’ order, then `order` (100 when not given), then id', () => {
    const f = (id: string, topic: string, order?: number) => ({ id, data: { topic, order } });
    const sorted = displayOrder(
      [f('b', 'profits'), f('z', 'scale', 200), f('a', 'profits'), f('y', 'scale', 1), f('x', 'unknown')],
      ['scale', 'profits'],
    );
    expect(sorted.map((x) => x.id)).toEqual(['y', 'z', 'a', 'b', 'x']);
  });
});
