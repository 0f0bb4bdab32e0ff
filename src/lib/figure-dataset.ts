/**
 * schema.org `Dataset` for /figures/: this site compiles the figures (creator and publisher), each
 * original publication is credited in `isBasedOn`, and the CSV and JSON files are its distributions.
 * No licence is stated: the figures belong to their publishers, and none is declared for the compilation.
 */
export interface DatasetFigure {
  title: string;
  year: number;
  source: { publisher: string; title: string; year: number; url: string };
}

export interface DatasetInput {
  name: string;
  description: string;
  pageUrl: string;
  csvUrl: string;
  jsonUrl: string;
  /** The site that compiles the figures: its name and home page. */
  siteName: string;
  siteUrl: string;
  figures: readonly DatasetFigure[];
}

export function figureDataset(input: DatasetInput): Record<string, unknown> {
  const site = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  const years = input.figures.map((f) => f.year);
  const publications = new Map<string, DatasetFigure['source']>();
  for (const f of input.figures) if (!publications.has(f.source.url + f.source.title)) publications.set(f.source.url + f.source.title, f.source);
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
    temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}`,
    variableMeasured: input.figures.map((f) => f.title),
    isBasedOn: [...publications.values()].map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      datePublished: String(s.year),
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    ],
  };
}
