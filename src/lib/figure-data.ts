/** The open-data shape of a figure: one flat record, the same fields in JSON and CSV, in this order. */
import type { FigureData } from '../schemas/figure';
import { citeFigure } from './citation';
import { yearText } from './figure-year';

export const FIGURE_COLUMNS = [
  'id',
  'title',
  'value',
  'display',
  'unit',
  'year',
  'scope',
  'topic',
  'status',
  'method',
  'caveat',
  'source_publisher',
  'source_title',
  'source_year',
  'source_url',
  'source_date',
  'source_note',
  'page_url',
  'citation',
  // Added later, at the end, so that existing column positions stay stable.
  'year_kind',
  'year_label',
  'source_link',
  'source_confirmed_by',
  'source_confirmed_by_url',
] as const;

export type FigureRecord = Record<(typeof FIGURE_COLUMNS)[number], string | number | null>;

export function figureRecord(id: string, f: FigureData, pageUrl: string): FigureRecord {
  return {
    id,
    title: f.title,
    value: f.value,
    display: f.display,
    unit: f.unit,
    year: f.year,
    scope: f.scope,
    topic: f.topic,
    status: f.status,
    method: f.method ?? null,
    caveat: f.caveat ?? null,
    source_publisher: f.source.publisher,
    source_title: f.source.title,
    source_year: f.source.year,
    source_url: f.source.url,
    source_date: f.source.date ?? null,
    source_note: f.source.note ?? null,
    page_url: pageUrl,
    citation: citeFigure(f, pageUrl),
    year_kind: f.yearKind,
    year_label: yearText(f.year, f.yearKind),
    source_link: f.source.link,
    source_confirmed_by: f.source.confirmedBy?.name ?? null,
    source_confirmed_by_url: f.source.confirmedBy?.url ?? null,
  };
}
