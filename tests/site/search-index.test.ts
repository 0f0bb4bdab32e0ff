// What the search index holds, read from the built index (dist/pagefind/fragment/): each page's
// words a journalist searches for, and not the text that repeats from page to page (citation
// boilerplate, chart tables, lists of related figures, navigation), which would make every first
// search download more and excerpts read like table cells. Byte sizes are deterministic, so the
// size of what a search result downloads is checked here; timings are in `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/i18n';

const outDir = inject('outDir');
const base = inject('base');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Bytes on the wire: the file as written (Pagefind compresses it). */
  bytes: number;
}

/** Every page's fragment: Pagefind writes each gzipped, with a 12-byte signature before the JSON. */
function fragments(): Fragment[] {
  const dir = join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const raw = readFileSync(join(dir, file));
    const json = gunzipSync(raw).subarray(12).toString('utf8');
    return { ...(JSON.parse(json) as Omit<Fragment, 'bytes'>), bytes: raw.length };
  });
}

const all = fragments();
// A figure's page: /figures/<id>/ for an id of the open data (not /figures/differ/, say).
const figureIds = new Set(
  (JSON.parse(readFileSync(join(outDir, 'data/figures.json'), 'utf8')) as { figures: { id: string }[] }).figures.map((f) => f.id),
);
const figurePages = all.filter((f) => figureIds.has(/^figures\/([^/]+)\/$/.exec(f.url.slice(base.length))?.[1] ?? ''));
/** The largest a figure page's fragment may be: what each figure among the results costs a first search. */
const FIGURE_FRAGMENT_BYTES = 2_048;

describe('the search index', () => {
  it('holds every figure page', () => {
    expect(figurePages.length).toBeGreaterThanOrEqual(30);
  });

  it('indexes each figure with its value, title, section and topic', () => {
    for (const f of figurePages) {
      expect(f.content, f.url).toContain(f.meta.value);
      expect(f.filters.section, f.url).toEqual(['Figures']);
      expect(f.filters.topic?.length, f.url).toBe(1);
      expect(f.meta.title, f.url).toMatch(/\S: \S/);
    }
  });

  it('keeps a figure’s other spellings as index-only text: once in the text, and named for the excerpt to leave out', () => {
    const withSpellings = figurePages.filter((f) => f.meta.spellings);
    expect(withSpellings.length).toBeGreaterThan(10);
    for (const f of withSpellings) expect(f.content.split(f.meta.spellings!).length - 1, f.url).toBe(1);
  });

  it('leaves out the parts of a figure page that repeat on every page: citation, source details, related figures, jump links', () => {
    const repeated = [
      ui.figure.citeFigureLabel,
      ui.figure.citeFigureButton,
      ui.figure.related,
      ui.figure.jumpSource,
      ui.figure.statusVerified,
      'https://',
    ];
    for (const f of figurePages) for (const text of repeated) expect(f.content, `${f.url}: "${text}"`).not.toContain(text);
  });

  it('indexes no chart table anywhere: its header row and its sum row are nowhere', () => {
    const headers = [ui.chart.part, ui.chart.group].map((first) => `${first} ${ui.chart.value} ${ui.chart.year}`);
    for (const f of all) for (const text of [...headers, ui.chart.sum]) expect(f.content, `${f.url}: "${text}"`).not.toContain(text);
  });

  it(`keeps each figure page’s fragment under ${FIGURE_FRAGMENT_BYTES} bytes`, () => {
    for (const f of figurePages) expect(f.bytes, f.url).toBeLessThanOrEqual(FIGURE_FRAGMENT_BYTES);
  });
});
