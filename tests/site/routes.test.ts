// The built site against the URL contract (DESIGN.md): every route exists, every page has a title,
// a description, a canonical URL and Open Graph tags, and the sitemap lists every page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, meta, sitemapLocs, titleOf } from '../helpers/dist';

const outDir = inject('outDir');
const base = inject('base');
const pages = htmlPages(outDir);
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');

describe('URL contract', () => {
  it.each([
    'index.html',
    'figures/index.html',
    'figures/forced-labour-2021/index.html',
    'data/figures.json',
    'data/figures.csv',
    'background/index.html',
    'background/action-plan/index.html',
    'programme/index.html',
    'programme/high-level-opening/index.html',
    'programme.ics',
    'programme/high-level-opening.ics',
    'data/programme.json',
    'speakers/index.html',
    'speakers/helga-maria-schmid/index.html',
    'conference/index.html',
    'search/index.html',
    '404.html',
    'robots.txt',
    'sitemap-index.xml',
    'pagefind/pagefind.js',
  ])('%s exists', (file) => {
    expect(existsSync(join(outDir, file)), `${file} is missing from the build`).toBe(true);
  });

  it('builds one page per figure, session, speaker and background article', () => {
    const figures = JSON.parse(read('data/figures.json')).figures as { id: string }[];
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const f of figures) expect(existsSync(join(outDir, `figures/${f.id}/index.html`)), f.id).toBe(true);
    const programme = JSON.parse(read('data/programme.json')) as { sessions: { id: string }[]; speakers: { id: string }[] };
    expect(programme.sessions.length).toBeGreaterThan(0);
    for (const s of programme.sessions) expect(existsSync(join(outDir, `programme/${s.id}/index.html`)), s.id).toBe(true);
    for (const p of programme.speakers) expect(existsSync(join(outDir, `speakers/${p.id}/index.html`)), p.id).toBe(true);
  });
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  it('has a language, a title, a description and one h1', () => {
    expect(page.html).toMatch(/<html lang="en"/);
    expect(titleOf(page.html)?.trim().length).toBeGreaterThan(3);
    expect(meta(page.html, 'description')?.length ?? 0).toBeGreaterThan(20);
    expect(page.html.match(/<h1[\s>]/g)?.length).toBe(1);
  });
  it('has a canonical URL for its own address and Open Graph tags', () => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
    expect(canonical).toBeDefined();
    if (page.file !== '404.html') expect(new URL(canonical!).pathname).toBe(`${base}${page.path}`);
    expect(meta(page.html, 'og:title')).toBeTruthy();
    expect(meta(page.html, 'og:url')).toBe(canonical);
  });
  it('has a skip link to the main content', () => {
    // An embedded figure has no block to skip: a line with the site's name, then the figure.
    if (!/^figures\/[^/]+\/embed\/$/.test(page.path)) expect(page.html).toMatch(/<a href="#main"[^>]*>Skip to content<\/a>/);
    expect(page.html).toMatch(/<main id="main"/);
  });
});

describe('sitemap', () => {
  it('lists every page but the 404 page and the embedded figures', () => {
    const index = read('sitemap-index.xml');
    const path = (loc: string) => new URL(loc).pathname.slice(base.length);
    const listed = new Set(sitemapLocs(index).flatMap((f) => sitemapLocs(read(path(f))).map(path)));
    const expected = pages.filter((p) => p.file !== '404.html' && !/^figures\/[^/]+\/embed\/$/.test(p.path)).map((p) => p.path);
    expect([...listed].sort()).toEqual(expected.sort());
  });
});
