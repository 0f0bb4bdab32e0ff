import { z } from 'astro/zod';
import { text } from './common';

export const speakerSchema = z
  .object({
    /** Full name as the source writes it, e.g. "Helga Maria Schmid". */
    name: text('name'),
    /** Role at the time of the conference, e.g. "OSCE Secretary General". */
    role: text('role'),
    /** Organisation, when not already part of the role. Optional. */
    organisation: z.string().trim().min(1).optional(),
    /** Sort key for the speakers list, usually the family name, e.g. "Schmid". */
    sortName: text('sortName'),
  })
  .strict();

export type SpeakerData = z.infer<typeof speakerSchema>;
