import { z } from 'astro/zod';
import { isoDate, slug, text } from './common';

/** What an entry of the corrections log is: a published fact was wrong, or it was brought up to date. */
export const CORRECTION_KINDS = ['correction', 'update'] as const;

/** The fields that name what an entry corrects; an entry names exactly one. */
export const CORRECTION_TARGETS = ['figure', 'article', 'session'] as const;

/**
 * The latest day an entry may carry: today where the calendar is furthest ahead (UTC+14), so that an
 * entry dated today in any time zone passes whenever the site is built.
 */
export const LATEST_CORRECTION_DATE = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

/**
 * One entry of the corrections log, in content/corrections/<date>-<what>.md: a published fact that
 * changed, on the page of the figure, article or session it belongs to, on /changes/ and in the feed.
 * The text below the frontmatter says why, in our words.
 */
export const correctionSchema = z
  .object({
    /** The day the change was published, YYYY-MM-DD in double quotes, e.g. "2026-11-30"; not in the future. */
    date: isoDate('date').refine(
      (d) => d <= LATEST_CORRECTION_DATE,
      '"date" must not be in the future: give the day the change is published, such as "2026-11-30"',
    ),
    /** The id of the figure it corrects (its file name without .md), e.g. victims-identified-2021. Give this, `article` or `session`. */
    figure: slug('figure').optional(),
    /** The slug of the background article it corrects, e.g. action-plan. Give this, `figure` or `session`. */
    article: slug('article').optional(),
    /** The slug of the programme session it corrects, e.g. high-level-opening. Give this, `figure` or `article`. */
    session: slug('session').optional(),
    /** correction (a published fact was wrong) or update (a fact was added or brought up to date, such as a new figure or a better source address). */
    kind: z.enum(CORRECTION_KINDS, {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_type' && ctx.data === undefined
          ? { message: `"kind" is required: ${CORRECTION_KINDS.join(' or ')}` }
          : { message: `"kind" must be one of: ${CORRECTION_KINDS.join(', ')}` },
    }),
    /** One line of at most 300 characters (line breaks become spaces): what changed, old to new, in words, e.g. "The value is now the exact 90,354, where we showed “over 90,000”." */
    summary: text('summary', 'one line saying what changed, from what to what, in double quotes')
      .refine(
        (s) => s.length <= 300,
        '"summary" must be at most 300 characters: keep it to one line, and put the explanation in the text below the frontmatter',
      )
      .transform((s) => s.replace(/\s+/g, ' ')),
  })
  .strict()
  .superRefine((c, ctx) => {
    const named = CORRECTION_TARGETS.filter((t) => c[t] !== undefined);
    if (named.length === 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['figure'],
        message: '"figure", "article" or "session" is required: name the page the entry corrects, such as figure: victims-identified-2021',
      });
    } else if (named.length > 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [named[1]!],
        message: `"${named[1]}" cannot be given beside "${named[0]}": an entry corrects one page, so write one entry for each`,
      });
    }
  });

export type CorrectionData = z.infer<typeof correctionSchema>;
