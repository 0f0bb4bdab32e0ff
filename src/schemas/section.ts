import { z } from 'astro/zod';
import { slug, text } from './common';

/** An address a link may take: one on this site, from its root ("/figures/", "#timeline"), or https. */
export const linkTarget = (field: string) =>
  text(field, 'an address on this site such as /figures/, or one starting with https://').regex(
    /^(\/(?!\/)|#|https:\/\/)\S*$/,
    `"${field}" must be an address on this site starting with / (such as /figures/), an anchor such as #timeline, or an address starting with https://`,
  );

const linkSchema = z
  .object({
    /** The words of the link, e.g. "Figures". */
    label: text('links.label', 'the words of the link, such as "Figures"'),
    /** Where it goes: an address on this site such as /figures/, or one starting with https://. */
    link: linkTarget('links.link'),
    /** A sentence shown under the link, where the page shows one (the home page's way in to each section). Optional. */
    text: text('links.text').optional(),
  })
  .strict();

const partSchema = z
  .object({
    /** Which part of the page this is, e.g. timeline; docs/fields.md lists the parts of each page. */
    id: slug('parts.id', 'such as timeline'),
    /** The part's heading. */
    heading: text('parts.heading').optional(),
    /** The part's text, one paragraph; [words](/address/) makes a link. */
    text: text('parts.text').optional(),
    /** The part's links, in order. */
    links: z.array(linkSchema).default([]),
  })
  .strict();

/**
 * The words of a section page (home, figures, background, programme, speakers, conference, search,
 * not-found), in content/sections/<page>.md. The text below the frontmatter is the page's introduction.
 * Texts may use {conference.name}, {conference.dates} and the other values listed in CONTRIBUTING.md,
 * and {figure-id} for a figure's value, linked.
 */
export const sectionSchema = z
  .object({
    /** The page's title, in the browser tab and in link previews; also its main heading unless `heading` is given. */
    title: text('title', 'the page title, in double quotes'),
    /** The main heading, when it differs from `title`. Optional. */
    heading: text('heading').optional(),
    /** One or two sentences for search results and link previews. */
    description: text('description', 'one or two sentences for search results and link previews'),
    /** The page's further parts, each with its `id` and, as the page needs, `heading`, `text` and `links`. */
    parts: z.array(partSchema).default([]),
    /** Search page only: searches to try, each shown as a link that runs it, e.g. "27.6 million". */
    searches: z.array(text('searches')).default([]),
  })
  .strict();

export type SectionData = z.infer<typeof sectionSchema>;
export type SectionPart = SectionData['parts'][number];
