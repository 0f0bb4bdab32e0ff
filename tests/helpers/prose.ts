// Numbers in prose: a figure's value written in running text must link to the figure's page.

/**
 * The figures whose value appears in a text (the text outside links), other than the page's own.
 * Bare whole numbers such as 2023 are years or counts of anything, so they are not taken for figures.
 */
export function unlinkedFigures(text: string, figures: { id: string; display: string }[], own?: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return figures
    .filter(({ id, display }) => id !== own && !/^\d+$/.test(display))
    .filter(({ display }) => new RegExp(`(^|[^\\w.,$])${display.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}(?![\\w]|[.,]\\d)`).test(flat))
    .map((f) => f.display);
}
