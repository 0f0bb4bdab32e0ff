// Builds the open-data records from the collections, for the JSON and CSV endpoints, and the Dataset
// JSON-LD of /figures/ that points to them.
import { getFigures, type Figure } from './site';
import { publicUrl } from './links';
import { figureRecord } from '../lib/figure-data';
import { figureDataset } from '../lib/figure-dataset';
import { fill } from '../lib/ui-format';
import { ui } from '../i18n';

export async function figureRecords() {
  const figures = await getFigures();
  return figures.map((f) => figureRecord(f.id, f.data, publicUrl(`/figures/${f.id}/`)));
}

/** The schema.org Dataset that /figures/ describes itself as: the page, its CSV and JSON, the years covered. */
export function figuresDataset(
  section: { title: string; description: string },
  conference: { name: string; shortName: string },
  figures: readonly Figure[],
) {
  return figureDataset({
    name: fill(ui.figures.datasetName, { title: section.title, conference: conference.name }),
    description: section.description,
    pageUrl: publicUrl('/figures/'),
    csvUrl: publicUrl('/data/figures.csv'),
    jsonUrl: publicUrl('/data/figures.json'),
    siteName: conference.shortName,
    siteUrl: publicUrl('/'),
    years: figures.map((f) => f.data.year),
  });
}
