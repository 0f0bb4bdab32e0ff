import { describe, expect, it } from 'vitest';
import { layoutBarChart } from './bar-chart';
import { CHART_SVG_WIDTH, chartSvg } from './chart-svg';

const layout = layoutBarChart(
  [
    { id: 'a', label: 'Private economy', value: 17.3, display: '17.3 million' },
    { id: 'b', label: 'State-imposed', value: 3.9, display: '3.9 million' },
  ],
  { id: 't', label: 'All forced labour', value: 27.6, display: '27.6 million' },
);
const svg = chartSvg({ title: 'Forced labour in 2021', description: 'All: 27.6 million.', layout });

describe('chartSvg', () => {
  it('is a standalone SVG document of fixed width with a title and a description', () => {
    expect(svg).toMatch(
      new RegExp(
        `^<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" width="${CHART_SVG_WIDTH}" height="${layout.height}" role="img"`,
      ),
    );
    expect(svg).toContain('<title>Forced labour in 2021</title>');
    expect(svg).toContain('<desc>All: 27.6 million.</desc>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per figure, labelled, in the light palette, with widths in percent', () => {
    expect([...svg.matchAll(/<text class="chart-label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      'All forced labour',
      'Private economy',
      'State-imposed',
    ]);
    expect(svg).toContain('<rect class="chart-bar chart-bar-total" x="0" y="20" width="100%" height="28" rx="2" fill="#55534e"/>');
    expect(svg).toMatch(/<rect class="chart-bar" [^>]*width="62.68%"[^>]*fill="#8a2c0d"\/>/);
    expect(svg).toMatch(/<text class="chart-value chart-value-inside" x="100%" dx="-8"[^>]*fill="#fbfaf7">27.6 million<\/text>/);
    expect(svg).toMatch(/<text class="chart-value" x="14.13%" dx="8" y="\d+" font-weight="700" fill="#1c1b19">3.9 million<\/text>/);
  });

  it('escapes hostile labels and titles, and drops invisible controls', () => {
    const hostileLayout = layoutBarChart([{ id: 'x', label: '</text><script>alert(1)</script>\u202E', value: 1, display: '"1" & <2>' }]);
    const out = chartSvg({ title: '</title><script>', description: ']]><!--', layout: hostileLayout });
    expect(out).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    expect(out).toContain('&quot;1&quot; &amp; &lt;2&gt;</text>');
    expect(out).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>');
    expect(out).toContain('<desc>]]&gt;&lt;!--</desc>');
    expect(out).not.toContain('\u202E');
    expect(out.match(/<[a-z]+/g)).toEqual(['<svg', '<title', '<desc', '<rect', '<text', '<rect', '<text']);
  });
});
