/** A plain-text citation a journalist can paste, for one figure. */
export interface CitableFigure {
  title: string;
  display: string;
  year: number;
  source: { publisher: string; title: string; year: number; url: string };
}

export function citeFigure(f: CitableFigure, pageUrl: string): string {
  const { publisher, title, year, url } = f.source;
  return `${f.title}: ${f.display} (${f.year}). Source: ${publisher}, "${title}" (${year}), ${url}. Via ${pageUrl}`;
}
