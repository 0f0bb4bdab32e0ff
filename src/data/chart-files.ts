// The charts as SVG documents: one file per chart (/figures/charts/<id>.svg) and the same markup
// inline on the pages that show the chart. Charts are read through ./charts only.
import { chartSvg } from '../lib/chart-svg';
import type { ResolvedChart } from './charts';

export const chartSvgPath = (chartId: string) => `/figures/charts/${chartId}.svg`;

/** "Publisher, Title (year)" of each source the chart's figures cite, once each, in order. */
export function chartSources(chart: ResolvedChart): string[] {
  const figures = [...(chart.total ? [chart.total] : []), ...chart.parts];
  return [...new Set(figures.map((f) => `${f.data.source.publisher}, ${f.data.source.title} (${f.data.source.year})`))];
}

export function chartSvgMarkup(chart: ResolvedChart): string {
  const years = new Map([...(chart.total ? [chart.total] : []), ...chart.parts].map((f) => [f.id, f.data.year]));
  const rows = chart.layout.bars.map((b) => `${b.label}: ${b.display} (${years.get(b.id)})`);
  return chartSvg({
    title: chart.definition.title,
    description: `${rows.join('; ')}. Source: ${chartSources(chart).join('; ')}.`,
    layout: chart.layout,
  });
}
