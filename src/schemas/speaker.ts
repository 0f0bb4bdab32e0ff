import { z } from 'astro/zod';
import { text } from './common';

export const speakerSchema = z
  .object({
    /** Full name as the source writes it, e.g. "Helga Maria Schmid". */
    name: text('name', 'the full name as the source writes it, such as "Helga Maria Schmid"'),
    /** Role at the time of the conference, e.g. "OSCE Secretary General". */
    role: text('role', 'the role at the time of the conference, such as "OSCE Secretary General"'),
    /** Organisation, when not already part of the role. Optional. */
    organisation: z.string().trim().min(1).optional(),
    /** Sort key for the speakers list, usually the family name, e.g. "Schmid". */
    sortName: text('sortName', 'the name to sort by, usually the family name, such as "Schmid"'),
  })
  .strict();
