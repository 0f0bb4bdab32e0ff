import { z } from 'astro/zod';
import { text } from './common';

/**
 * The words of a section page made by the site's code rather than from one content file, such as
 * /changes/, in content/sections/<page>.md. The text below the frontmatter is the page's introduction.
 */
export const sectionSchema = z
  .object({
    /** The page's title and main heading, in the browser tab and in link previews. */
    title: text('title', 'the page title, in double quotes'),
    /** One or two sentences for search results and link previews. */
    description: text('description', 'one or two sentences for search results and link previews'),
  })
  .strict();

export type SectionData = z.infer<typeof sectionSchema>;
