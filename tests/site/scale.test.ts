// The byte budgets with 1,000 more figures (tests/site/scale/build.ts): every page that lists
// figures stays within its first round trip and carries no more CSS than today, because /figures/
// shows a bounded number per topic and the topic pages are split into pages of a bounded size;
// and no figure is lost on the way: each one is listed by exactly one topic page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { FIRST_ROUND_TRIP_BYTES, PAGE_CSS_BYTES, criticalBytes } from '../helpers/budgets';
import { FIGURES_PER_TOPIC_ON_INDEX, FIGURES_PER_TOPIC_PAGE } from '../../src/lib/figure-index';
import { siteBuild } from '../helpers/site-build';
import { SCALE_EXTRA } from './scale/build';

let dir = '';
let figures = 0;
let pages: ReturnType<typeof htmlPages> = [];

beforeAll(async () => {
  dir = await siteBuild('scale', 900_000);
  figures = (JSON.parse(readFileSync(join(dir, 'data/figures.json'), 'utf8')) as { figures: unknown[] }).figures.length;
  pages = htmlPages(dir);
}, 900_000);

/** The figure ids a page links to (/figures/<id>/), in order, once each. */
const figureLinks = (html: string) =>
  [...new Set([...html.matchAll(/href="\/figures\/([^/"#]+)\/"/g)].map((m) => m[1]!))].filter((id) => id !== 'topics' && id !== 'differ');

describe(`the site with ${SCALE_EXTRA} more figures`, () => {
  it('has them all', () => {
    expect(figures).toBeGreaterThan(SCALE_EXTRA);
  });

  it(`renders every page from the first round trip (≤ ${FIRST_ROUND_TRIP_BYTES} bytes gzip) with at most ${PAGE_CSS_BYTES} bytes of CSS`, () => {
    const over = pages
      .map((p) => ({ file: p.file, ...criticalBytes(dir, '/', p.file, p.html) }))
      .filter((b) => b.critical > FIRST_ROUND_TRIP_BYTES || b.css > PAGE_CSS_BYTES);
    expect(over).toEqual([]);
  });

  it(`lists at most ${FIGURES_PER_TOPIC_ON_INDEX} figures of each topic on /figures/, and links every topic page`, () => {
    const html = readFileSync(join(dir, 'figures/index.html'), 'utf8');
    const sections = html.split(/<section aria-labelledby="topic-/).slice(1);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      const topic = /^([^"]+)"/.exec(section)![1]!;
      expect(section.match(/<li id="[^"]+" class="py-2">/g)?.length ?? 0).toBeLessThanOrEqual(FIGURES_PER_TOPIC_ON_INDEX);
      expect(section).toContain(`href="/figures/topics/${topic}/"`);
    }
  });

  it(`lists each figure on exactly one topic page, at most ${FIGURES_PER_TOPIC_PAGE} a page`, () => {
    const listed = pages
      .filter((p) => p.file.startsWith('figures/topics/'))
      .map((p) => figureLinks(p.html.slice(p.html.indexOf('<h2 id="figures"'))));
    for (const ids of listed) expect(ids.length).toBeLessThanOrEqual(FIGURES_PER_TOPIC_PAGE);
    const all = listed.flat();
    expect(all.length).toBe(figures);
    expect(new Set(all).size).toBe(figures);
  });
});
