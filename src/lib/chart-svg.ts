/**
 * A bar chart (src/lib/bar-chart.ts) as one SVG document: the file offered for download and the
 * markup the page shows inline, byte for byte. Colours and sizes are presentation attributes in
 * the site's light palette, so the file stands alone (a browser, a slide, a drawing program); the
 * page's stylesheet restyles the same classes for its theme, since CSS wins over attributes.
 * Widths are percentages of the drawing's width: 640 px in the file, the column's width on the page.
 * The bars carry no links: the table beside them links each figure, for every reader.
 */
import type { BarChartLayout } from './bar-chart';
import { escapeMarkup } from './markup';
import { LIGHT_PALETTE } from './palette';
import { plainLine } from './hidden-characters';

export const CHART_SVG_WIDTH = 640;

const PALETTE = LIGHT_PALETTE;
const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

export interface ChartSvgInput {
  title: string;
  /** What the chart shows, in words, with its numbers and source: the SVG's description. */
  description: string;
  layout: BarChartLayout;
}

export function chartSvg({ title, description, layout }: ChartSvgInput): string {
  const t = (s: string) => escapeMarkup(plainLine(s));
  const bars = layout.bars.map((b) => {
    const value = b.valueInside ? 'chart-value chart-value-inside' : 'chart-value';
    return [
      `<text class="chart-label" x="0" y="${b.labelY}" fill="${PALETTE.ink}">${t(b.label)}</text>`,
      `<rect class="${b.kind === 'total' ? 'chart-bar chart-bar-total' : 'chart-bar'}" x="0" y="${b.barY}" width="${b.widthPct}%" height="${b.barHeight}" rx="2" fill="${b.kind === 'total' ? PALETTE.muted : PALETTE.accent}"/>`,
      `<text class="${value}" x="${b.widthPct}%" dx="${b.valueInside ? -8 : 8}" y="${b.valueY}" ${b.valueInside ? 'text-anchor="end" ' : ''}font-weight="700" fill="${b.valueInside ? PALETTE.paper : PALETTE.ink}">${t(b.display)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" width="${CHART_SVG_WIDTH}" height="${layout.height}" role="img" font-family="${escapeMarkup(FONT)}" font-size="14">`,
    `<title>${t(title)}</title>`,
    `<desc>${t(description)}</desc>`,
    `<rect class="chart-bg" width="100%" height="100%" fill="${PALETTE.paper}"/>`,
    ...bars,
    `</svg>`,
  ].join('\n');
}
