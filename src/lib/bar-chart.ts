/**
 * Geometry of a horizontal bar chart drawn as SVG at build time. Widths are percentages of the chart's
 * width, heights and positions are CSS pixels, so text keeps its size at any screen width (no viewBox
 * scaling) while the bars stretch.
 */

export interface ChartItem {
  /** The figure the bar shows (its page is /figures/<id>/). */
  id: string;
  /** A short label, at most about 34 characters so that it fits on one line at 320 px. */
  label: string;
  value: number;
  /** The value as the source writes it, e.g. "17.3 million". */
  display: string;
}

export interface Bar extends ChartItem {
  kind: 'total' | 'part';
  /** Bar length as a percentage of the chart width, 0–100, two decimals. */
  widthPct: number;
  /** Baseline of the label line, in px from the top of the chart. */
  labelY: number;
  barY: number;
  barHeight: number;
  /** Baseline of the value text, in px. */
  valueY: number;
  /** True when the value is written inside the bar (long bars); false when after its end. */
  valueInside: boolean;
}

export interface BarChartLayout {
  bars: Bar[];
  /** Total height of the SVG in px. */
  height: number;
  /** Sum of the parts (rounded to remove floating-point noise). */
  sum: number;
  /** Sum of the parts minus the total, or 0 when the chart has no total. Never adjusted away. */
  difference: number;
}

export const ROW = { label: 20, bar: 28, gap: 14 } as const;
/** Bars at least this long carry their value inside; shorter ones after their end. */
export const INSIDE_FROM_PCT = 55;

const clean = (n: number) => Math.round(n * 1e6) / 1e6;

export function layoutBarChart(parts: readonly ChartItem[], total?: ChartItem): BarChartLayout {
  if (parts.length === 0) throw new Error('A bar chart needs at least one part');
  for (const item of [...parts, ...(total ? [total] : [])]) {
    if (!Number.isFinite(item.value) || item.value < 0) throw new Error(`Bar "${item.id}" has no usable value: ${item.value}`);
  }
  const sum = clean(parts.reduce((s, p) => s + p.value, 0));
  // Scale to the larger of total and sum, so no bar runs past the edge when the parts add up to more.
  const scale = Math.max(sum, total?.value ?? 0);
  const rows: { item: ChartItem; kind: Bar['kind'] }[] = [
    ...(total ? [{ item: total, kind: 'total' as const }] : []),
    ...parts.map((item) => ({ item, kind: 'part' as const })),
  ];
  const step = ROW.label + ROW.bar + ROW.gap;
  const bars = rows.map(({ item, kind }, i): Bar => {
    const top = i * step;
    const widthPct = scale === 0 ? 0 : Math.round((item.value / scale) * 10000) / 100;
    return {
      ...item,
      kind,
      widthPct,
      labelY: top + 15,
      barY: top + ROW.label,
      barHeight: ROW.bar,
      valueY: top + ROW.label + 19,
      valueInside: widthPct >= INSIDE_FROM_PCT,
    };
  });
  return {
    bars,
    height: rows.length * step - ROW.gap,
    sum,
    difference: total ? clean(sum - total.value) : 0,
  };
}
