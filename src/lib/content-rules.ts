// What a rule across content files receives and returns. Every rule is a pure function of all the
// content the loader read, valid or not; the rules run are listed in src/schemas/rules.ts.
import type { z } from 'astro/zod';
import type { COLLECTIONS, CollectionName } from '../schemas';
import type { ContentProblem } from './content-errors';
import type { SiteMap } from './site-map';

/** One entry of a collection, as the loader read it. */
export interface LoadedEntry<D = Record<string, unknown>> {
  /** The id: the file name without its ending, or a list entry's `id`. */
  id: string;
  /** The file, from the repository root, e.g. content/figures/forced-labour-2021.md. */
  file: string;
  /** How problems name the entry: the file, or for an entry of a list `content/milestones.yaml (entry "x")`. */
  where: string;
  /**
   * The fields. For an entry that failed its schema, only those valid on their own: a rule sees the
   * valid references of a file even when another of its fields is wrong.
   */
  data: Partial<D>;
  /** The Markdown or MDX after the frontmatter; '' for YAML. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** False when the entry fails its schema (or its YAML): it is then left out of the site. */
  valid: boolean;
}

export type CollectionData<N extends CollectionName> = z.output<(typeof COLLECTIONS)[N]['schema']>;

/** Every collection's entries, by collection name. */
export type LoadedContent = { [N in CollectionName]: LoadedEntry<CollectionData<N>>[] };

export interface ContentInput {
  entries: LoadedContent;
  /** The site's addresses and their anchors, made from the routes in src/pages and the content. */
  site: SiteMap;
  /** Every file under content/, from the repository root. */
  files: string[];
}

/** A check across content files: every problem it finds, each naming its file and field or line. */
export type ContentRule = (input: ContentInput) => ContentProblem[];
