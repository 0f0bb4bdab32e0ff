import { z } from 'astro/zod';
import { sourceSchema } from './source';
import { text } from './common';

export const backgroundSchema = z
  .object({
    /** The article's title, e.g. "The OSCE Action Plan (2003)". */
    title: text('title', "the article's title, in double quotes"),
    /** One or two sentences for search results and link previews. */
    description: text('description', 'one or two sentences for search results and link previews'),
    /** Position in the background section; lower comes first. */
    order: z.number({ invalid_type_error: '"order" must be a whole number such as 1' }).int(),
    /** Publications the article relies on, listed at its end. */
    sources: z.array(sourceSchema).default([]),
  })
  .strict();
