/**
 * schema.org `Dataset` for /figures/: this site compiles the figures (creator and publisher), and the
 * CSV and JSON files are its distributions. It points to those downloads rather than repeating the
 * figures, their titles or their sources (each row of the downloads names its source), so that it
 * stays the same size however many figures there are. No licence is stated: the figures belong to
 * their publishers, and none is declared for the compilation.
 */
export interface DatasetInput {
  name: string;
  description: string;
  pageUrl: string;
  csvUrl: string;
  jsonUrl: string;
  /** The site that compiles the figures: its name and home page. */
  siteName: string;
  siteUrl: string;
  /** The year of every figure, for the period the dataset covers. */
  years: readonly number[];
}

export function figureDataset(input: DatasetInput): Record<string, unknown> {
  const site = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  let from = Infinity;
  let to = -Infinity;
  for (const year of input.years) {
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.pageUrl,
    inLanguage: 'en',
    isAccessibleForFree: true,
    keywords: ['human trafficking', 'forced labour', 'modern slavery', 'OSCE', 'statistics'],
    creator: site,
    publisher: site,
    ...(input.years.length > 0 && { temporalCoverage: from === to ? String(from) : `${from}/${to}` }),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}
