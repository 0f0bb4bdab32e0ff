import { z } from 'astro/zod';
import { isoDate, text } from './common';

export const conferenceSchema = z
  .object({
    /** Full name, e.g. "23rd Alliance against Trafficking in Persons Conference". */
    name: text('name'),
    /** Short name for the header, e.g. "Alliance 2023". */
    shortName: text('shortName'),
    /** Edition number, e.g. 23. */
    edition: z.number().int().positive(),
    /** First day, YYYY-MM-DD. */
    startDate: isoDate('startDate'),
    /** Last day, YYYY-MM-DD. */
    endDate: isoDate('endDate'),
    /** IANA time zone of the event: Europe/Vienna. */
    timeZone: z.literal('Europe/Vienna'),
    /** UTC offset during the event, e.g. "+02:00" (CEST). */
    utcOffset: text('utcOffset').regex(/^[+-]\d{2}:\d{2}$/, '"utcOffset" must look like +02:00'),
    /** Name of the offset, e.g. CEST. */
    zoneName: text('zoneName'),
    /** Where it took place: a block with name, city and country. */
    venue: z
      .object({
        /** The building, e.g. "Hofburg". */
        name: text('venue.name'),
        /** The city, e.g. "Vienna". */
        city: text('venue.city'),
        /** The country, e.g. "Austria". */
        country: text('venue.country'),
      })
      .strict(),
    /** How people took part, in our words. */
    format: text('format'),
    /** Who organised it. */
    organiser: text('organiser'),
    /** What the occasion was, e.g. the Action Plan's twentieth anniversary. */
    occasion: text('occasion'),
    /** Who took part. */
    participants: text('participants'),
    /** What is known about registration. */
    registration: text('registration'),
    /** Theme in our words (no official title is known). */
    theme: text('theme'),
  })
  .strict()
  .refine((c) => c.endDate >= c.startDate, { path: ['endDate'], message: '"endDate" must not be before "startDate"' });
