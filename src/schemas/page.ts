import { z } from 'astro/zod';
import { text } from './common';

export const pageSchema = z
  .object({
    /** The page title. */
    title: text('title', 'the page title, in double quotes'),
    /** One or two sentences for search results and link previews. */
    description: text('description', 'one or two sentences for search results and link previews'),
  })
  .strict();
