/**
 * Charts (content/charts.yaml) name figures for their bars: each must exist, and the bars of one
 * chart must count the same thing, since the bars are drawn to one scale.
 */
import type { ContentProblem } from './content-errors';
import { asList, asRecord, asString, entriesOf, placeOf, unknownFigure, type EntriesRule, type PlainEntry } from './content-entry';

/** The figure each bar of a chart names, with the field it is written in: total first, then the parts. */
export function chartBars(data: Record<string, unknown>): { field: string; figure: string }[] {
  const total = asString(asRecord(data.total).figure);
  return [
    ...(total ? [{ field: 'total.figure', figure: total }] : []),
    ...asList(data.parts).flatMap((part, i) => {
      const figure = asString(asRecord(part).figure);
      return figure ? [{ field: `parts[${i + 1}].figure`, figure }] : [];
    }),
  ];
}

export const chartRule: EntriesRule = (content) => {
  const figures = new Map(entriesOf(content, 'figures').map((f): [string, PlainEntry] => [f.id, f]));
  return entriesOf(content, 'charts').flatMap((chart): ContentProblem[] => {
    const file = placeOf(chart, true);
    const bars = chartBars(chart.data);
    const problems: ContentProblem[] = bars
      .filter((b) => !figures.has(b.figure))
      .map((b) => ({ file, field: b.field, message: unknownFigure(b.figure) }));
    const units = new Map<string, string[]>();
    for (const b of bars) {
      const unit = asString(figures.get(b.figure)?.data.unit);
      if (unit) units.set(unit, [...(units.get(unit) ?? []), b.figure]);
    }
    if (units.size > 1) {
      const found = [...units].map(([unit, ids]) => `${unit} (${ids.join(', ')})`).join('; ');
      problems.push({
        file,
        field: 'parts',
        message: `the bars must all count the same unit, to be drawn to one scale; found ${found}. Put the other figures in a chart of their own`,
      });
    }
    return problems;
  });
};
