// Resolves the chart definitions and the {figure-id} texts against the figures collection: an id that
// names no figure stops the build with the place it is written and the id.
import { CHARTS, chartFigureIds, unknownChartFigures, type ChartDefinition } from '../lib/figure-charts';
import { DISAGREEMENTS } from '../lib/figure-disagreements';
import { figureRefsIn } from '../lib/figure-refs';
import { layoutBarChart, type BarChartLayout } from '../lib/bar-chart';
import { ContentError } from '../lib/content-errors';
import { getFigures, type Figure } from './site';

export interface ResolvedChart {
  definition: ChartDefinition;
  layout: BarChartLayout;
  total?: Figure;
  parts: Figure[];
  unit: Figure['data']['unit'];
}

let checked: Promise<Map<string, Figure>> | undefined;

/** All figures by id, after checking that every chart and code-written text names existing figures. */
export function figuresById(): Promise<Map<string, Figure>> {
  checked ??= (async () => {
    const byId = new Map((await getFigures()).map((f) => [f.id, f]));
    const bars = chartFigureIds().map(({ chart, id }) => ({ file: 'src/lib/figure-charts.ts', field: chart, ids: [id] }));
    const texts = [
      ...CHARTS.map((c) => ({ file: 'src/lib/figure-charts.ts', field: c.id, ids: figureRefsIn(`${c.summary} ${c.differenceNote ?? ''}`) })),
      ...DISAGREEMENTS.map((d) => ({ file: 'src/lib/figure-disagreements.ts', field: d.id, ids: [...d.figures, ...figureRefsIn(d.text)] })),
    ];
    const problems = unknownChartFigures(new Set(byId.keys()), [...bars, ...texts]);
    if (problems.length > 0) throw new ContentError(problems);
    return byId;
  })();
  return checked;
}

export async function resolveChart(definition: ChartDefinition): Promise<ResolvedChart> {
  const byId = await figuresById();
  const get = (id: string) => byId.get(id)!;
  const total = definition.total ? get(definition.total.id) : undefined;
  const parts = definition.parts.map((p) => get(p.id));
  const units = new Set([...(total ? [total] : []), ...parts].map((f) => f.data.unit));
  if (units.size > 1) {
    throw new ContentError([{ file: 'src/lib/figure-charts.ts', field: definition.id, message: `mixes units (${[...units].join(', ')}): a chart compares one unit` }]);
  }
  const item = (f: Figure, label: string) => ({ id: f.id, label, value: f.data.value, display: f.data.display });
  const layout = layoutBarChart(
    definition.parts.map((p, i) => item(parts[i]!, p.label)),
    total && definition.total ? item(total, definition.total.label) : undefined,
  );
  return { definition, layout, total, parts, unit: (total ?? parts[0]!).data.unit };
}
