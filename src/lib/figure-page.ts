/** The words of a figure's page that are made from its fields: the page title, its description and its one-line name. */
import { ui } from '../i18n';
import { fill } from './ui-format';
import { yearText, type YearKind } from './figure-year';

export interface DescribedFigure {
  display: string;
  title: string;
  year: number;
  yearKind?: YearKind;
  scope: string;
  source: { publisher: string; title: string; year: number };
}

/** "<value>: <title> (<year>)": the figure in one line, as the embedded frame is titled. */
export function figureLine(f: Pick<DescribedFigure, 'display' | 'title' | 'year' | 'yearKind'>): string {
  return `${f.display}: ${f.title} (${yearText(f.year, f.yearKind)})`;
}

/** The page's <title> and its meta description. */
export function figurePageWords(f: DescribedFigure): { title: string; description: string } {
  const w = ui.figure;
  return {
    title: fill(w.pageTitle, { display: f.display, title: f.title }),
    description: fill(w.description, { title: f.title, display: f.display, year: yearText(f.year, f.yearKind), scope: f.scope, publisher: f.source.publisher, sourceTitle: f.source.title, sourceYear: f.source.year }),
  };
}
