// Which headings of a rendered article go into its table of contents, and whether it gets one.

/** A heading as Astro's render() reports it. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** Sub-sections (the next heading level down). */
  children: TocEntry[];
}

export interface TocOptions {
  /** Fewest top-level sections for a page to count as long enough for a contents list. Default 3. */
  minSections?: number;
  /** Deepest heading level listed: 2 lists sections only, 3 adds sub-sections. Default 3. */
  maxDepth?: 2 | 3;
}

/**
 * The contents of a page: its h2 sections, each with its h3 sub-sections, in page order. Empty when
 * the page has fewer than `minSections` sections: a short page needs no contents list. An h3 before
 * the first h2 has no section to sit in and is left out.
 */
export function tableOfContents(headings: MarkdownHeading[], options: TocOptions = {}): TocEntry[] {
  const { minSections = 3, maxDepth = 3 } = options;
  const sections: TocEntry[] = [];
  for (const h of headings) {
    const entry = { slug: h.slug, text: h.text, children: [] };
    if (h.depth === 2) sections.push(entry);
    else if (h.depth === 3 && maxDepth >= 3) sections.at(-1)?.children.push(entry);
  }
  return sections.length >= minSections ? sections : [];
}
