import { z } from 'astro/zod';
import { httpsUrl, text, year } from './common';

/**
 * Where a figure or an article's fact comes from: always the original publisher, never the page that
 * merely repeated it.
 */
export const sourceSchema = z.object(
  {
    /** Organisation that published it, e.g. "ILO, Walk Free and IOM". */
    publisher: text('source.publisher', 'the organisation that published it, such as "ILO, Walk Free and IOM"'),
    /** Full title of the publication, e.g. "Global Estimates of Modern Slavery: Forced Labour and Forced Marriage". */
    title: text('source.title', 'the full title of the publication, in double quotes'),
    /** Year of publication, e.g. 2022. */
    year: year('source.year'),
    /** Address of the publisher's page for it; https only. */
    url: httpsUrl('source.url'),
    /** Optional: the exact publication date, YYYY-MM-DD, when known. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '"source.date" must be written YYYY-MM-DD').optional(),
    /** Optional: a note on the address, e.g. that it is the publisher's landing page, not the report itself. */
    note: z.string().trim().min(1).optional(),
  },
  {
    required_error: '"source" is required: give publisher, title, year and url of the original publication',
    invalid_type_error: '"source" must be a block with publisher, title, year and url on their own indented lines',
  },
).strict();

export type Source = z.infer<typeof sourceSchema>;
