// Builds the open-data records from the collections, for the JSON and CSV endpoints.
import { getFigures } from './site';
import { absoluteUrl } from '../lib/url';
import { figureRecord } from '../lib/figure-data';

export async function figureRecords(site: URL | undefined) {
  const figures = await getFigures();
  return figures.map((f) => figureRecord(f.id, f.data, absoluteUrl(site?.href ?? 'http://localhost:4321', import.meta.env.BASE_URL, `/figures/${f.id}/`)));
}
