import { z } from 'astro/zod';
import { isoDate, slug, text } from './common';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = (field: string) => text(field).regex(CLOCK, `"${field}" must be a 24-hour time written HH:MM, such as 09:30`);

export const sessionSchema = z
  .object({
    /** The session's title. Where no official title is known, a plain description such as "High-level opening". */
    title: text('title', 'the session\'s title, or a plain description such as "High-level opening"'),
    /** True only when the title is the official one from the published agenda. */
    officialTitle: z.boolean().default(false),
    /** The day, YYYY-MM-DD; must be one of the conference's days. */
    day: isoDate('day'),
    /** Start time in Vienna local time, HH:MM. Leave out while not confirmed. */
    start: clock('start').optional(),
    /** End time in Vienna local time, HH:MM, after start. Leave out while not confirmed. */
    end: clock('end').optional(),
    /** Position within the day, lower first. Times decide once confirmed; an untimed session then follows the timed one with the next lower order. */
    order: z.number({ invalid_type_error: '"order" must be a whole number such as 1' }).int(),
    /** Kind of session: an id from content/session-formats.yaml. */
    format: slug('format', 'one of the ids in content/session-formats.yaml'),
    /** The room, e.g. "Neuer Saal". Leave out while not confirmed. Sessions in one room must not overlap in time. */
    room: z.string().trim().min(1).optional(),
    /** Ids of speakers (file names in content/speakers/ without .md). */
    speakers: z.array(slug('speakers')).default([]),
    /** Ids of moderators (file names in content/speakers/ without .md). */
    moderators: z.array(slug('moderators')).default([]),
    /** Organisations that presented, when the source names organisations rather than people. */
    organisations: z.array(z.string().trim().min(1)).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (Boolean(s.start) !== Boolean(s.end)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [s.start ? 'end' : 'start'],
        message: `"${s.start ? 'end' : 'start'}" is missing: give both "start" and "end", or neither while the times are not confirmed`,
      });
    }
    // Compared only once both are well-formed, so a mistyped time gets one message, not two.
    if (s.start && s.end && CLOCK.test(s.start) && CLOCK.test(s.end) && s.end <= s.start) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: `"end" must be later than "start" (${s.start}) on the same day`,
      });
    }
  });
