/**
 * Which charts (content/charts.yaml) show a figure. Every bar is a figure: a chart names figure ids,
 * never numbers, so a value changes in one place (content/figures/) and the chart, its table and the
 * open data follow.
 */
import type { ChartData } from '../schemas/chart';

/** The charts a figure appears in, as total or as part, in the order given. */
export function chartsWith<C extends Pick<ChartData, 'total' | 'parts'>>(figureId: string, charts: readonly C[]): C[] {
  return charts.filter((c) => c.total?.figure === figureId || c.parts.some((p) => p.figure === figureId));
}
