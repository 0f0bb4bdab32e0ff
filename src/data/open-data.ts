// Builds the open-data records from the collections, for the JSON and CSV endpoints.
import { getFigures } from './site';
import { publicUrl } from './links';
import { figureRecord } from '../lib/figure-data';

export async function figureRecords() {
  const figures = await getFigures();
  return figures.map((f) => figureRecord(f.id, f.data, publicUrl(`/figures/${f.id}/`)));
}
