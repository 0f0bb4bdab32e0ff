import { z } from 'astro/zod';
import { httpsUrl, text, year } from './common';

/**
 * What a source's address leads to, from best to weakest. The figure page, the open data and the
 * article's source list say it in words, so a reader knows before clicking whether the link is the
 * publication itself or only a page about it.
 */
export const SOURCE_LINKS = [
  'publication',
  'press-release',
  'launch-page',
  'series-page',
  'related-page',
  'secondary-copy',
  'unconfirmed',
] as const;

export type SourceLink = (typeof SOURCE_LINKS)[number];

/** A page on another website that confirmed the fact where the publisher's own page could not be seen to give it. */
const confirmedBySchema = z
  .object(
    {
      /** Who published the confirming page, e.g. "Jurist (news report of the launch)". */
      name: text('source.confirmedBy.name', 'who published the page that confirmed the fact, in double quotes'),
      /** Address of that page; https only. Optional when the address was not recorded. */
      url: httpsUrl('source.confirmedBy.url').optional(),
    },
    { invalid_type_error: '"source.confirmedBy" must be a block with name and url on their own indented lines' },
  )
  .strict();

/**
 * Where a figure or an article's fact comes from: always the original publisher, never the page that
 * merely repeated it.
 */
export const sourceSchema = z
  .object(
    {
      /** Organisation that published it, e.g. "ILO, Walk Free and IOM". */
      publisher: text('source.publisher', 'the organisation that published it, such as "ILO, Walk Free and IOM"'),
      /** Full title of the publication, e.g. "Global Estimates of Modern Slavery: Forced Labour and Forced Marriage". */
      title: text('source.title', 'the full title of the publication, in double quotes'),
      /** Year of publication, e.g. 2022. */
      year: year('source.year'),
      /** Address of the best page found for it (see `link`); https only. */
      url: httpsUrl('source.url'),
      /** What `url` leads to: publication (the publisher's own page for it), press-release, launch-page, series-page (the series, not this edition), related-page (another page of the publisher's), secondary-copy (a copy on another website) or unconfirmed (an address not seen). */
      link: z.enum(SOURCE_LINKS, {
        errorMap: (issue, ctx) =>
          issue.code === 'invalid_type' && ctx.data === undefined
            ? { message: `"source.link" is required: say what the address leads to, one of ${SOURCE_LINKS.join(', ')}` }
            : { message: `"source.link" must be one of: ${SOURCE_LINKS.join(', ')}` },
      }),
      /** Optional: the exact publication date, YYYY-MM-DD, when known. */
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, '"source.date" must be written YYYY-MM-DD')
        .optional(),
      /** Optional: a note on the address, e.g. that it is the publisher's landing page, not the report itself. */
      note: z.string().trim().min(1).optional(),
      /** Optional: the secondary page that confirmed the fact, when the publisher's own page could not be seen to give it. */
      confirmedBy: confirmedBySchema.optional(),
    },
    {
      required_error: '"source" is required: give publisher, title, year and url of the original publication',
      invalid_type_error: '"source" must be a block with publisher, title, year and url on their own indented lines',
    },
  )
  .strict();

export type Source = z.infer<typeof sourceSchema>;
