import { z } from 'astro/zod';
import { sourceSchema } from './source';
import { FIGURE_ID, slug, text, year } from './common';
import { displayMismatch } from '../lib/display-value';

/** What a figure's `year` is: the year the data describe, the year the source was published, or the year a statement was made. */
export const YEAR_KINDS = ['data', 'publication', 'statement'] as const;

/** What the value counts. */
export const FIGURE_UNITS = ['people', 'percent', 'usd', 'count', 'per-1000', 'states'] as const;

export const figureSchema = z
  .object({
    /** What the figure is, in a short phrase, e.g. "People in forced labour worldwide". */
    title: text('title', 'what the figure is, in a short phrase, such as "People in forced labour worldwide"'),
    /** The number itself, in digits and in full: 27600000 for 27.6 million, 35 for 35 %. */
    value: z.number({
      required_error: '"value" is required: the number in digits, e.g. 27600000',
      invalid_type_error: '"value" must be a number written in digits, such as 27600000 (not words, no quotes)',
    }),
    /** The value as readers see it, exactly as the source writes it, e.g. "27.6 million". */
    display: text('display', 'the value as readers see it, in double quotes, such as "27.6 million"'),
    /** What the value counts: one of people, percent, usd, count, per-1000, states. */
    unit: z.enum(FIGURE_UNITS, {
      errorMap: () => ({ message: `"unit" must be one of: ${FIGURE_UNITS.join(', ')}` }),
    }),
    /** The figure's year, in digits, e.g. 2021; not in the future. Which kind of year it is, `yearKind` says. */
    year: year('year'),
    /** What `year` is: data (the year the data describe; the default), publication (the source gives no data year, so its year of publication) or statement (the year an organisation made the statement or comparison). */
    yearKind: z.enum(YEAR_KINDS, { errorMap: () => ({ message: `"yearKind" must be one of: ${YEAR_KINDS.join(', ')}` }) }).default('data'),
    /** Where and whom it covers, e.g. "Worldwide, all ages". */
    scope: text('scope', 'where and whom the figure covers, such as "Worldwide, all ages"'),
    /** The topic it is grouped under on /figures/: an id from content/topics.yaml. */
    topic: slug('topic', 'one of the ids in content/topics.yaml'),
    /** The original publication. */
    source: sourceSchema,
    /** What the figure does not say, or how it differs from similar figures. Optional. */
    caveat: z.string().trim().min(1).optional(),
    /** "verified" (published by the source) or "derived" (our arithmetic on verified figures; give `method`). */
    status: z.enum(['verified', 'derived']).default('verified'),
    /** For derived figures: the arithmetic, e.g. "115,324 ÷ 27,600,000 = 0.42 %". */
    method: z.string().trim().min(1).optional(),
    /** True for the headline figures shown on the home page. */
    headline: z.boolean().default(false),
    /** Position within its topic; lower comes first. */
    order: z.number().int().default(100),
    /** Ids of related figures (file names without .md). */
    related: z.array(slug('related', FIGURE_ID)).default([]),
    /** Other ways people write this figure, for search only, e.g. ["27,6 million", "27.6m"]. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Headline figures only: the OSCE's own words for this figure, quoted beside it on the home page, with `by`, `quote` and `source`. Optional. */
    claim: z
      .object({
        /** Who said it, as written before the quotation, e.g. "The OSCE". */
        by: text('claim.by', 'who said it, as written before the quotation, such as "The OSCE"'),
        /** The words quoted, exactly as published, without quotation marks. */
        quote: text('claim.quote', 'the words quoted, exactly as published, without quotation marks'),
        /** Where the words were published: publisher, title, year and url, as for a figure's source. */
        source: sourceSchema,
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const mismatch = displayMismatch(f.value, f.display);
    if (mismatch) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['display'], message: mismatch });
    if (f.claim && !f.headline) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['claim'],
        message: '"claim" is shown only beside a headline figure, on the home page: add headline: true, or remove the claim',
      });
    }
    if (f.status === 'derived' && !f.method) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['method'],
        message: '"method" is required when "status" is derived: show the arithmetic',
      });
    }
  });

export type FigureData = z.infer<typeof figureSchema>;
