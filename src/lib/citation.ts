/** Plain-text citations a journalist can paste, for one figure. */
import { ui } from '../i18n';
import { fill } from './ui-format';
import { yearText, type YearKind } from './figure-year';

export interface CitableFigure {
  title: string;
  display: string;
  year: number;
  /** What the year is; a data year when not given. */
  yearKind?: YearKind;
  status?: 'verified' | 'derived';
  source: { publisher: string; title: string; year: number; url: string };
}

/** The figure with what its year is, its original source and the page it was taken from; a derived figure says so. */
export function citeFigure(f: CitableFigure, pageUrl: string): string {
  const { publisher, title, year, url } = f.source;
  const basis = f.status === 'derived' ? ui.citation.derivedSource : ui.citation.source;
  return `${f.title}: ${f.display} (${yearText(f.year, f.yearKind)}). ${basis}: ${publisher}, "${title}" (${year}), ${url}. ${fill(ui.citation.via, { url: pageUrl })}`;
}

/** The original publication alone, for a reference list or a footnote. */
export function citeSource(source: CitableFigure['source']): string {
  return `${source.publisher} (${source.year}). ${source.title}. ${source.url}`;
}
