import { describe, expect, it } from 'vitest';
import { chartsWith } from './figure-charts';
import { disagreementsFor } from './figure-disagreements';

const bar = (figure: string) => ({ figure, label: figure });
const charts = [
  { id: 'by-type', total: bar('total-2021'), parts: [bar('a-2021'), bar('b-2021')] },
  { id: 'slavery', total: bar('slavery-2021'), parts: [bar('total-2021'), bar('marriage-2021')] },
  { id: 'shares', parts: [bar('women'), bar('boys')] },
];

describe('chartsWith', () => {
  it('finds the charts a figure is in, as total or part, in order', () => {
    expect(chartsWith('total-2021', charts).map((c) => c.id)).toEqual(['by-type', 'slavery']);
    expect(chartsWith('boys', charts).map((c) => c.id)).toEqual(['shares']);
    expect(chartsWith('elsewhere', charts)).toEqual([]);
  });
});

describe('disagreementsFor', () => {
  const notes = [
    { id: 'children-share', figures: ['x', 'y', 'z'] },
    { id: 'other', figures: ['y', 'w'] },
  ];
  it('links each figure to the others in its notes', () => {
    expect(disagreementsFor('x', notes)).toEqual([{ id: 'children-share', figures: ['x', 'y', 'z'], others: ['y', 'z'] }]);
    expect(disagreementsFor('y', notes).map((d) => d.others)).toEqual([['x', 'z'], ['w']]);
    expect(disagreementsFor('none', notes)).toEqual([]);
  });
});
