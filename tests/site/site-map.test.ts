// The link check's model of the site (src/lib/site-map.ts), compared with the real build: every page
// it expects exists, and every anchor it accepts is on the page, so a link the check lets through
// cannot be broken. Ids in templates are anchors the route may render (some only on some pages):
// each must appear on at least one page of its route.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { outline } from '../../src/lib/markdown-outline';
import { contentInputTree, pageRoutes } from '../../src/pipeline/check-content';

const dist = inject('outDir');
const input = contentInputTree(process.cwd());
const routes = pageRoutes(process.cwd());

/** The built file of an address, and the ids on it. */
function built(address: string): { file: string; ids: Set<string> } {
  const file = join(dist, address.endsWith('/') ? `${address}index.html` : address);
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  return { file, ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) };
}

describe("the link check's model of the site", () => {
  const addresses = [...input.site.addresses].filter(([address]) => address !== '/sitemap-index.xml' || existsSync(join(dist, address)));

  it('expects only addresses the build makes', () => {
    const missing = addresses.filter(([address]) => !existsSync(built(address).file)).map(([a]) => a);
    expect(missing).toEqual([]);
  });

  it('accepts only anchors the pages have, but for ids a template renders on some pages only', () => {
    const templateIds = new Set(routes.flatMap((r) => r.ids));
    const missing = addresses.flatMap(([address, page]) => {
      const { ids } = built(address);
      return [...(page.anchors ?? [])].filter((a) => !ids.has(a) && !templateIds.has(a)).map((a) => `${address}#${a}`);
    });
    expect(missing).toEqual([]);
  });

  it('has every template id on at least one page of its route', () => {
    for (const route of routes.filter((r) => r.page)) {
      const pages = addresses.filter(
        ([, page]) =>
          page.source === route.file ||
          (route.pattern.includes('[') &&
            page.collection &&
            input.site.templates[page.collection]?.includes(route.pattern.replace(/\[[^\]]+\]/g, '{id}'))),
      );
      if (pages.length === 0) continue;
      const seen = new Set(pages.flatMap(([address]) => [...built(address).ids]));
      expect(
        route.ids.filter((id) => !seen.has(id)),
        route.file,
      ).toEqual([]);
    }
  });

  it('knows every heading id of the pages made from content', () => {
    for (const entries of Object.values(input.entries)) {
      for (const entry of entries.filter((e) => e.body)) {
        const page = [...input.site.addresses].find(([, p]) => p.source === entry.file && p.anchors);
        if (!page) continue;
        const headings = outline(entry.body, entry.file.endsWith('.mdx')).anchors;
        const { ids } = built(page[0]);
        expect(
          headings.filter((h) => !ids.has(h)),
          entry.file,
        ).toEqual([]);
      }
    }
  });
});
