/** The words made from a figure's fields: its page's title and description, its one-line name, the embedded frame's description. */
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
    description: fill(w.description, {
      title: f.title,
      display: f.display,
      year: yearText(f.year, f.yearKind),
      scope: f.scope,
      publisher: f.source.publisher,
      sourceTitle: f.source.title,
      sourceYear: f.source.year,
    }),
  };
}

/** The meta description of the figure's embedded frame: the figure, then its source. */
export function embedDescription(f: Omit<DescribedFigure, 'scope'>): string {
  return fill(ui.embed.description, {
    title: f.title,
    display: f.display,
    year: yearText(f.year, f.yearKind),
    publisher: f.source.publisher,
    sourceTitle: f.source.title,
    sourceYear: f.source.year,
  });
}
