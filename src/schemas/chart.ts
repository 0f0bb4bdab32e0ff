import { z } from 'astro/zod';
import { FIGURE_ID, slug, text } from './common';

/** Longest bar label, in characters: one line on a 320-pixel-wide phone. */
export const MAX_BAR_LABEL = 34;

const bar = (field: string) =>
  z
    .object({
      /** The figure drawn as this bar: its id, the file name in content/figures/ without .md. */
      figure: slug(`${field}.figure`, FIGURE_ID),
      /** The bar's label, at most 34 characters so that it fits on one line on a phone, e.g. "Europe". */
      label: text(`${field}.label`, 'the bar\'s label, such as "Europe"').max(
        MAX_BAR_LABEL,
        `"${field}.label" must be at most ${MAX_BAR_LABEL} characters, to fit on one line on a phone: shorten it`,
      ),
    })
    .strict();

/**
 * A breakdown drawn as a bar chart on its topic's page and on the page of every figure it shows: one entry of
 * content/charts.yaml. Every bar is a figure file, so a value changes in one place only. Charts appear
 * in the order of the file, each in its topic.
 */
export const chartSchema = z
  .object({
    /** The chart's id and its anchor on its topic's page (#chart-<id>), e.g. victims-by-region. */
    id: slug('id', 'such as victims-by-region'),
    /** The topic whose page shows the chart (/figures/topics/<topic>/): an id from content/topics.yaml. */
    topic: slug('topic', 'one of the ids in content/topics.yaml'),
    /** The chart's heading, e.g. "Detected victims in 2022, by region". */
    title: text('title', 'the chart\'s heading, such as "Detected victims in 2022, by region"'),
    /** One sentence read before the bars, on what the chart shows; {figure-id} shows that figure's value, linked. */
    summary: text('summary', 'one sentence on what the chart shows, read before the bars'),
    /** The figure the parts make up, drawn first with `figure` and `label`; leave out when the parts are shares of a whole. */
    total: bar('total').optional(),
    /** The bars, in the order drawn, each with `figure` and `label`; all in the same unit as the total. */
    parts: z.array(bar('parts')).min(1, '"parts" must list at least one bar, each with figure and label'),
    /** Why the parts do not add up exactly to the total, when they do not; {figure-id} works here too. Optional. */
    differenceNote: text('differenceNote').optional(),
  })
  .strict();

export type ChartData = z.infer<typeof chartSchema>;
