/**
 * Texts written in code (chart summaries, notes on disagreements) name figures as {figure-id}; the page
 * shows each as the figure's value, linked to its page, so no number in them stands unsourced.
 */
export type Segment = { text: string } | { figure: string };

const REF = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

export function splitFigureRefs(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(REF)) {
    if (m.index > last) segments.push({ text: text.slice(last, m.index) });
    segments.push({ figure: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The figure ids a text refers to. */
export const figureRefsIn = (text: string) => [...text.matchAll(REF)].map((m) => m[1]!);
