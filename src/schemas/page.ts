import { z } from 'astro/zod';
import { text } from './common';

export const pageSchema = z
  .object({
    /** The page title. */
    title: text('title'),
    /** One or two sentences for search results and link previews. */
    description: text('description'),
  })
  .strict();
