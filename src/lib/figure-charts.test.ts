import { describe, expect, it } from 'vitest';
import { CHARTS, chartFigureIds, chartsWith, unknownChartFigures } from './figure-charts';
import { DISAGREEMENTS, disagreementsFor } from './figure-disagreements';

describe('charts', () => {
  it('have unique ids and labels short enough for one line at 320 px', () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
    for (const { label } of CHARTS.flatMap((c) => [...(c.total ? [c.total] : []), ...c.parts])) {
      expect(label.length, label).toBeLessThanOrEqual(34);
    }
  });

  it('finds the charts a figure is in, as total or part', () => {
    expect(chartsWith('forced-labour-2021').map((c) => c.id)).toEqual(['forced-labour-by-type', 'modern-slavery-by-type']);
    expect(chartsWith('boys-detected-share-2020').map((c) => c.id)).toEqual(['detected-victims-by-age-and-sex']);
    expect(chartsWith('participating-states-2023')).toEqual([]);
  });

  it('lists every figure a chart names, with the chart', () => {
    const ids = chartFigureIds([{ id: 'c', topic: 'scale', title: 't', summary: 's', total: { id: 'a', label: 'A' }, parts: [{ id: 'b', label: 'B' }] }]);
    expect(ids).toEqual([
      { chart: 'c', id: 'a' },
      { chart: 'c', id: 'b' },
    ]);
  });
});

describe('disagreements', () => {
  it('link each figure to the others in its disagreement', () => {
    const [children] = disagreementsFor('children-forced-labour-2021');
    expect(children?.id).toBe('children-share');
    expect(children?.others).toEqual(['children-detected-share-2020', 'children-detected-share-2022']);
    expect(disagreementsFor('participating-states-2023')).toEqual([]);
  });

  it('each involve at least two figures', () => {
    for (const d of DISAGREEMENTS) expect(d.figures.length).toBeGreaterThanOrEqual(2);
  });
});

describe('unknownChartFigures', () => {
  it('names the file, the field and the unknown id', () => {
    const problems = unknownChartFigures(new Set(['a']), [{ file: 'src/lib/figure-charts.ts', field: 'forced-labour-by-type', ids: ['a', 'nope'] }]);
    expect(problems).toEqual([
      { file: 'src/lib/figure-charts.ts', field: 'forced-labour-by-type', message: '"nope" names no figure: no file content/figures/nope.md exists' },
    ]);
  });
});
