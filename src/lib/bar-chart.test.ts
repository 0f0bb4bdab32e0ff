import { describe, expect, it } from 'vitest';
import { INSIDE_FROM_PCT, layoutBarChart, ROW } from './bar-chart';

const item = (id: string, value: number) => ({ id, label: id, value, display: String(value) });

describe('layoutBarChart', () => {
  const forcedLabour = layoutBarChart(
    [item('other', 17_300_000), item('sexual', 6_300_000), item('state', 3_900_000)],
    item('total', 27_600_000),
  );

  it('puts the total first and scales every bar to the total', () => {
    expect(forcedLabour.bars.map((b) => [b.id, b.kind, b.widthPct])).toEqual([
      ['total', 'total', 100],
      ['other', 'part', 62.68],
      ['sexual', 'part', 22.83],
      ['state', 'part', 14.13],
    ]);
  });

  it('reports that the parts add to 27.5 million, 0.1 million short of the total, without adjusting', () => {
    expect(forcedLabour.sum).toBe(27_500_000);
    expect(forcedLabour.difference).toBe(-100_000);
  });

  it('scales to the sum when the parts add to more than the total, so no bar overflows', () => {
    const profits = layoutBarChart([item('sexual', 99e9), item('other', 51.2e9)], item('total', 150e9));
    expect(profits.sum).toBe(150.2e9);
    expect(profits.difference).toBe(0.2e9);
    expect(profits.bars.map((b) => b.widthPct)).toEqual([99.87, 65.91, 34.09]);
  });

  it('writes the value inside long bars and after short ones', () => {
    expect(forcedLabour.bars.map((b) => b.valueInside)).toEqual([true, true, false, false]);
    const edge = layoutBarChart([item('a', INSIDE_FROM_PCT), item('b', 100 - INSIDE_FROM_PCT)]);
    expect(edge.bars.map((b) => b.valueInside)).toEqual([true, false]);
  });

  it('stacks rows without overlap and sizes the chart to them', () => {
    const step = ROW.label + ROW.bar + ROW.gap;
    forcedLabour.bars.forEach((b, i) => {
      expect(b.barY).toBe(i * step + ROW.label);
      expect(b.labelY).toBeLessThan(b.barY);
      expect(b.valueY).toBeGreaterThan(b.barY);
      expect(b.valueY).toBeLessThan(b.barY + b.barHeight);
    });
    expect(forcedLabour.height).toBe(4 * step - ROW.gap);
  });

  it('without a total, scales shares to their sum and reports no difference', () => {
    const profile = layoutBarChart([item('women', 42), item('girls', 18), item('men', 23), item('boys', 17)]);
    expect(profile.bars.map((b) => b.widthPct)).toEqual([42, 18, 23, 17]);
    expect(profile.difference).toBe(0);
  });

  it('refuses an empty chart and a negative or missing value', () => {
    expect(() => layoutBarChart([])).toThrow(/at least one part/);
    expect(() => layoutBarChart([item('x', -1)])).toThrow(/"x"/);
    expect(() => layoutBarChart([item('y', Number.NaN)])).toThrow(/"y"/);
  });
});
