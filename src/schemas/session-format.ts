import { z } from 'astro/zod';
import { slug, text } from './common';

/** A kind of session: one entry of content/session-formats.yaml. The file's order is the order of the programme's format filter. */
export const sessionFormatSchema = z
  .object({
    /** The format's id, written in a session's `format`, and its filter's anchor on /programme/ (#format-<id>), e.g. round-table. */
    id: slug('id', 'such as round-table'),
    /** The name readers see, e.g. "Round table". */
    label: text('label', 'the name readers see, such as "Round table"'),
  })
  .strict();

export type SessionFormatData = z.infer<typeof sessionFormatSchema>;
