import { z } from 'astro/zod';
import { FIGURE_ID, slug, text } from './common';

/**
 * A place where sources disagree, or where the OSCE's wording differs from a source's: one entry of
 * content/disagreements.yaml, shown under "Where sources differ" on /figures/ (in the order of the
 * file) and on the page of each figure it names, which links the others.
 */
export const disagreementSchema = z
  .object({
    /** The note's id and its anchor on /figures/ and the figure pages (#differs-<id>), e.g. which-year. */
    id: slug('id', 'such as which-year'),
    /** The question the note answers, as its heading, e.g. "Which year's data?". */
    question: text('question', 'the question the note answers, such as "Which year\'s data?"'),
    /** Our explanation, in plain words; {figure-id} shows that figure's value, linked. */
    text: text('text', 'our explanation, in plain words, with {figure-id} for each number'),
    /** The figures the note appears beside (at least two), by id; each figure's page links the others. */
    figures: z.array(slug('figures', FIGURE_ID)).min(2, '"figures" must name at least two figures: the ones that disagree'),
  })
  .strict();

export type DisagreementData = z.infer<typeof disagreementSchema>;
