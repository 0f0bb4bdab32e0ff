import { z } from 'astro/zod';
import { text } from './common';

const statusWording = (status: string) =>
  z
    .object(
      {
        /** The status in a word or two, e.g. "Concluded", shown on the home page. */
        label: text(`status.${status}.label`, 'the status in a word or two, such as "Concluded"'),
        /** The status as a sentence on /conference/, e.g. "Concluded: the conference took place on {conference.dates}."; the label when left out. */
        sentence: text(`status.${status}.sentence`).optional(),
      },
      {
        required_error: `"status.${status}" is required: a block with its label (and, if wanted, a sentence), each on its own indented line`,
      },
    )
    .strict();

/** Words every page shares, in content/site.yaml. */
export const siteSchema = z
  .object({
    /** The sentence at the foot of every page, about the site; {conference.organiser} and the other values work here. */
    footer: text('footer', 'the sentence at the foot of every page, about the site'),
    /** How the conference's status is written, as the build date decides it: `upcoming`, `under-way` and `concluded`, each with `label` and `sentence`. */
    status: z
      .object({
        /** Before the first day. */
        upcoming: statusWording('upcoming'),
        /** From the first day to the last. */
        'under-way': statusWording('under-way'),
        /** After the last day. */
        concluded: statusWording('concluded'),
      })
      .strict(),
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;
