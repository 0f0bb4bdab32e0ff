import { z } from 'astro/zod';
import { httpsUrl, isRealDate, slug, text } from './common';

export const milestoneSchema = z
  .object({
    /** A unique id, e.g. action-plan-adopted. */
    id: slug('id'),
    /** When: YYYY-MM-DD, or YYYY-MM when only the month is confirmed, or YYYY. */
    date: text('date', 'YYYY-MM-DD, YYYY-MM or YYYY, in double quotes, such as "2003-07-24"')
      .regex(
        /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
        '"date" must be YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known), such as 2003-07-24',
      )
      .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || isRealDate(d), '"date" must be a day that exists in the calendar'),
    /** What happened, in a short phrase. */
    title: text('title', 'what happened, in a short phrase'),
    /** The document's official reference, e.g. PC.DEC/557. Optional. */
    reference: z.string().trim().min(1).optional(),
    /** One or two sentences in our words. */
    summary: text('summary', 'one or two sentences in our words'),
    /** The publisher's page for the document; https only. Optional. */
    url: httpsUrl('url').optional(),
  })
  .strict();

export type MilestoneData = z.infer<typeof milestoneSchema>;
