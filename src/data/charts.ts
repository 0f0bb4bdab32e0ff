// The charts of content/charts.yaml with their figures: the bars laid out for drawing. That every bar
// names an existing figure, all in one unit, is a rule of the content check (src/lib/chart-rules.ts),
// which stops the build before any page renders.
import { layoutBarChart, type BarChartLayout } from '../lib/bar-chart';
import { chartsWith } from '../lib/charts-with-figure';
import type { ChartData } from '../schemas/chart';
import { getCharts, type Figure } from './site';
import { figuresById } from './texts';

export interface ResolvedChart {
  definition: ChartData;
  layout: BarChartLayout;
  total?: Figure;
  parts: Figure[];
  unit: Figure['data']['unit'];
}

export async function resolveChart(definition: ChartData): Promise<ResolvedChart> {
  const byId = await figuresById();
  const get = (id: string) => byId.get(id)!;
  const total = definition.total ? get(definition.total.figure) : undefined;
  const parts = definition.parts.map((p) => get(p.figure));
  const item = (f: Figure, label: string) => ({ id: f.id, label, value: f.data.value, display: f.data.display });
  const layout = layoutBarChart(
    definition.parts.map((p, i) => item(parts[i]!, p.label)),
    total && definition.total ? item(total, definition.total.label) : undefined,
  );
  return { definition, layout, total, parts, unit: (total ?? parts[0]!).data.unit };
}

/** Every chart, resolved, in the order of content/charts.yaml. */
export async function allCharts(): Promise<ResolvedChart[]> {
  return Promise.all((await getCharts()).map(resolveChart));
}

/** The charts a figure appears in, resolved. */
export async function chartsOf(figureId: string): Promise<ResolvedChart[]> {
  return Promise.all(chartsWith(figureId, await getCharts()).map(resolveChart));
}
