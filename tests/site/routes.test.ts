// The built site against the URL contract (DESIGN.md): every route exists, every page has a title,
// a description, a canonical URL and Open Graph tags, and the sitemap lists every page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { canonical, htmlPages, meta, sitemapLocs, titleOf } from '../helpers/dist';
import { attr, first, select, text } from '../helpers/html';

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
    'changes/index.html',
    'changes.xml',
    'search/index.html',
    '404.html',
    'robots.txt',
    'sitemap-index.xml',
    'pagefind/pagefind.js',
  ])('%s exists', (file) => {
    expect(existsSync(join(outDir, file)), `${file} is missing from the build`).toBe(true);
  });

  it('builds a page for every content file that has one', () => {
    const slugs = (dir: string) =>
      readdirSync(join('content', dir))
        .filter((f) => /\.mdx?$/.test(f))
        .map((f) => f.replace(/\.mdx?$/, ''));
    const expected = [
      ...slugs('figures').map((id) => `figures/${id}/index.html`),
      ...slugs('programme').map((id) => `programme/${id}/index.html`),
      ...slugs('speakers').map((id) => `speakers/${id}/index.html`),
      ...slugs('background').map((id) => `background/${id}/index.html`),
      ...slugs('pages').map((id) => `${id}/index.html`),
    ];
    expect(expected.filter((file) => !existsSync(join(outDir, file)))).toEqual([]);
  });
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  it('has a language, a title, a description and one h1', () => {
    expect(attr(first(page.html, 'html')!, 'lang')).toBe('en');
    expect(titleOf(page.html)?.trim().length).toBeGreaterThan(3);
    expect(meta(page.html, 'description')?.length ?? 0).toBeGreaterThan(20);
    expect(select(page.html, 'h1')).toHaveLength(1);
  });
  it('has a canonical URL for its own address and Open Graph tags', () => {
    const url = canonical(page.html);
    expect(url).toBeDefined();
    if (page.file !== '404.html') expect(new URL(url!).pathname).toBe(`${base}${page.path}`);
    expect(meta(page.html, 'og:title')).toBeTruthy();
    expect(meta(page.html, 'og:url')).toBe(url);
  });
  it('has a skip link to the main content', () => {
    // An embedded figure has no block to skip: a line with the site's name, then the figure.
    if (!/^figures\/[^/]+\/embed\/$/.test(page.path)) expect(select(page.html, 'a[href="#main"]').map(text)).toContain('Skip to content');
    expect(select(page.html, 'main').map((m) => attr(m, 'id'))).toEqual(['main']);
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
