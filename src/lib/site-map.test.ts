import { describe, expect, it } from 'vitest';
import { contentInput, entry } from '../../tests/helpers/content-input';
import { formatProblem } from './content-errors';
import { knownRoutes, pageAddresses } from './page-addresses';
import { asTemplate, routeOf, type PageRoute } from './site-map';

describe('routeOf', () => {
  it('gives each file of src/pages the address Astro makes', () => {
    expect(routeOf('index.astro')).toEqual({ pattern: '/', page: true });
    expect(routeOf('figures/index.astro')).toEqual({ pattern: '/figures/', page: true });
    expect(routeOf('figures/[id].astro')).toEqual({ pattern: '/figures/[id]/', page: true });
    expect(routeOf('conference.astro')).toEqual({ pattern: '/conference/', page: true });
    expect(routeOf('404.astro')).toEqual({ pattern: '/404.html', page: true });
    expect(routeOf('programme/[id].ics.ts')).toEqual({ pattern: '/programme/[id].ics', page: false });
    expect(routeOf('data/figures.json.ts')).toEqual({ pattern: '/data/figures.json', page: false });
    expect(routeOf('figures/topics/[topic]/[...page].astro')).toEqual({ pattern: '/figures/topics/[topic]/[...page]/', page: true });
    expect(routeOf('_draft.astro')).toBeUndefined();
    expect(routeOf('notes.txt')).toBeUndefined();
  });
});

const route = (pattern: string, file: string): PageRoute => ({ pattern, file, page: true, ids: [] });

describe('page addresses', () => {
  it('reports a page whose address the site already has', () => {
    const input = contentInput(
      { pages: [entry('pages', 'figures', {}), entry('pages', 'about', {})] },
      { routes: [route('/figures/', 'src/pages/figures/index.astro'), route('/[id]/', 'src/pages/[id].astro')] },
    );
    expect(pageAddresses(input).map(formatProblem)).toEqual([
      "content/pages/figures.md: its page would be /figures/, but the site's own page src/pages/figures/index.astro has that address, so this file would never be shown: give the file another name",
    ]);
    expect(input.site.addresses.get('/about/')?.source).toBe('content/pages/about.md');
  });

  it("takes a last rest parameter for the numbered pages of an entry, whose first page is the entry's address", () => {
    expect(asTemplate('/figures/topics/[topic]/[...page]/')).toBe('/figures/topics/{id}/');
    expect(asTemplate('/figures/[id]/embed/')).toBe('/figures/{id}/embed/');
    const input = contentInput(
      { topics: [entry('topics', 'scale', {})] },
      { routes: [route('/figures/topics/[topic]/[...page]/', 'src/pages/figures/topics/[topic]/[...page].astro')] },
    );
    expect(knownRoutes(input)).toEqual([]);
    expect(input.site.addresses.get('/figures/topics/scale/')?.source).toBe('content/topics.yaml');
  });

  it('reports a route filled by content that no collection names', () => {
    const input = contentInput({}, { routes: [route('/reports/[slug]/', 'src/pages/reports/[slug].astro')] });
    expect(knownRoutes(input).map(formatProblem)).toEqual([
      'src/pages/reports/[slug].astro: the content check cannot tell which pages this route makes: add "/reports/{id}/" to `pages` of the collection that fills it, in src/schemas/index.ts',
    ]);
  });
});
