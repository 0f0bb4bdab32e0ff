/**
 * The breakdowns shown as charts. Every bar is a figure file: a chart names figure ids, never numbers,
 * so a value changes in one place (content/figures/) and the chart, its table and the open data follow.
 */
import type { FIGURE_TOPICS } from '../schemas/figure';

export interface ChartDefinition {
  /** Stable anchor of the chart on /figures/ (#chart-<id>). */
  id: string;
  /** Topic section of /figures/ the chart appears in. */
  topic: (typeof FIGURE_TOPICS)[number];
  title: string;
  /** One sentence on what the chart shows, read before the bars; {figure-id} shows that figure's value, linked. */
  summary: string;
  /** The figure the parts make up, drawn first; omitted when the parts are shares of a whole. */
  total?: { id: string; label: string };
  parts: { id: string; label: string }[];
  /** Why the parts do not add up exactly to the total, when they do not. */
  differenceNote?: string;
}

export const CHARTS: readonly ChartDefinition[] = [
  {
    id: 'forced-labour-by-type',
    topic: 'scale',
    title: 'Forced labour in 2021, by type',
    summary:
      'The {forced-labour-2021} people in forced labour fall into three groups: forced labour in the private economy outside the sex trade, forced commercial sexual exploitation, and forced labour imposed by states.',
    total: { id: 'forced-labour-2021', label: 'All forced labour' },
    parts: [
      { id: 'forced-labour-other-sectors-2021', label: 'Private economy, other sectors' },
      { id: 'forced-commercial-sexual-exploitation-2021', label: 'Commercial sexual exploitation' },
      { id: 'state-imposed-forced-labour-2021', label: 'Imposed by state authorities' },
    ],
    differenceNote: 'The source rounds each number on its own; we show them as published.',
  },
  {
    id: 'modern-slavery-by-type',
    topic: 'scale',
    title: 'Modern slavery in 2021: forced labour and forced marriage',
    summary: 'The estimate of modern slavery is the sum of two separate estimates, forced labour and forced marriage.',
    total: { id: 'modern-slavery-2021', label: 'Modern slavery' },
    parts: [
      { id: 'forced-labour-2021', label: 'Forced labour' },
      { id: 'forced-marriage-2021', label: 'Forced marriage' },
    ],
  },
  {
    id: 'detected-victims-by-age-and-sex',
    topic: 'children',
    title: 'Detected victims in 2020, by age and sex',
    summary:
      'Shares of the victims that authorities detected in 2020 (UNODC). Girls and boys together are the {children-detected-share-2020} of detected victims who were children.',
    parts: [
      { id: 'women-detected-share-2020', label: 'Women' },
      { id: 'girls-detected-share-2020', label: 'Girls' },
      { id: 'men-detected-share-2020', label: 'Men' },
      { id: 'boys-detected-share-2020', label: 'Boys' },
    ],
  },
  {
    id: 'profits-2014-by-form',
    topic: 'profits',
    title: 'Illegal profits from forced labour a year (ILO, 2014), by form',
    summary:
      'The ILO’s estimate of {forced-labour-profits-2014} a year splits into profits from forced commercial sexual exploitation and from forced labour in other sectors.',
    total: { id: 'forced-labour-profits-2014', label: 'All illegal profits' },
    parts: [
      { id: 'sexual-exploitation-profits-2014', label: 'Commercial sexual exploitation' },
      { id: 'other-forced-labour-profits-2014', label: 'Other forced labour' },
    ],
    differenceNote: 'The ILO’s exact total is the sum of the parts; its headline figure rounds it.',
  },
];

/** The charts a figure appears in, as total or as part. */
export function chartsWith(figureId: string, charts: readonly ChartDefinition[] = CHARTS): ChartDefinition[] {
  return charts.filter((c) => c.total?.id === figureId || c.parts.some((p) => p.id === figureId));
}

/** Every figure id the charts name, for the build's check that each exists. */
export function chartFigureIds(charts: readonly ChartDefinition[] = CHARTS): { chart: string; id: string }[] {
  return charts.flatMap((c) => [...(c.total ? [c.total] : []), ...c.parts].map((p) => ({ chart: c.id, id: p.id })));
}

/** Chart bars and {figure-id} references in code-written texts that name no figure, as build problems. */
export function unknownChartFigures(
  known: ReadonlySet<string>,
  texts: readonly { file: string; field: string; ids: string[] }[],
): { file: string; field: string; message: string }[] {
  return texts.flatMap((t) =>
    t.ids
      .filter((id) => !known.has(id))
      .map((id) => ({ file: t.file, field: t.field, message: `"${id}" names no figure: no file content/figures/${id}.md exists` })),
  );
}
