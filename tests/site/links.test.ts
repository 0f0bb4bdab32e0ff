// Every internal link, asset and #fragment of the build resolves; the sitemap lists only real pages.
// Links to other sites cannot be checked offline: `node scripts/external-links.mjs` lists them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles, sitemapLocs } from '../helpers/dist';
import { brokenLinks, resolveLink } from '../helpers/links';
import { buildSettings } from '../../scripts/build-settings.mjs';

const outDir = inject('outDir');
const base = inject('base');
const site = new URL(buildSettings(process.env).site);
const files = new Set(listFiles(outDir));
const pages = new Map(htmlPages(outDir).map((p) => [p.file, p.html]));

describe('internal links', () => {
  it('checks a build with pages and links', () => {
    expect(pages.size).toBeGreaterThan(40);
  });
  it('every href, src and srcset on every page leads to a file of the build, every #fragment to an id', () => {
    expect(brokenLinks(pages, files, site, base)).toEqual([]);
  });
  it('every address in the sitemaps is a page of the build', () => {
    const sitemaps = [...files].filter((f) => /^sitemap-.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const sitemap of sitemaps) {
      for (const loc of sitemapLocs(readFileSync(join(outDir, sitemap), 'utf8'))) {
        const target = resolveLink(loc, new URL(base, site), base);
        if (target.kind !== 'file' || !files.has(target.file)) problems.push(`${sitemap}: ${loc}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
