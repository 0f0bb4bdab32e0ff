import { describe, expect, it } from 'vitest';
import { contentInput, entry } from '../../tests/helpers/content-input';
import { formatProblem } from './content-errors';
import { internalLinks, linkProblem, linkTarget } from './internal-links';
import type { PageRoute } from './site-map';

const routes: PageRoute[] = [
  { file: 'src/pages/figures/index.astro', pattern: '/figures/', page: true, ids: ['topic-scale'] },
  { file: 'src/pages/figures/[id].astro', pattern: '/figures/[id]/', page: true, ids: ['cite'] },
  { file: 'src/pages/[id].astro', pattern: '/[id]/', page: true, ids: [] },
  { file: 'src/pages/programme.ics.ts', pattern: '/programme.ics', page: false, ids: [] },
];
const input = (extra: Parameters<typeof contentInput>[0] = {}) =>
  contentInput({ figures: [entry('figures', 'forced-labour-2021', {})], pages: [entry('pages', 'glossary', {})], ...extra }, { routes });
const { site } = input();

describe('linkTarget', () => {
  it('leaves links to other sites alone and resolves the rest against the page', () => {
    expect(linkTarget('https://www.osce.org/', '/x/')).toBeUndefined();
    expect(linkTarget('mailto:a@b.org', '/x/')).toBeUndefined();
    expect(linkTarget('//cdn.example/x', '/x/')).toBeUndefined();
    expect(linkTarget('#cite', '/figures/a/')).toEqual({ path: '/figures/a/', anchor: 'cite' });
    expect(linkTarget('../b/', '/figures/a/')).toEqual({ path: '/figures/b/', anchor: undefined });
    expect(linkTarget('b/', undefined)).toBeUndefined();
    expect(linkTarget('/search/?q=27.6#x', undefined)).toEqual({ path: '/search/', anchor: 'x' });
  });
});

describe('linkProblem', () => {
  it('accepts pages, files and anchors the build makes', () => {
    for (const href of [
      '/figures/',
      '/figures/#topic-scale',
      '/figures/forced-labour-2021/#cite',
      '/glossary/',
      '/programme.ics',
      '#cite',
    ]) {
      expect(linkProblem(href, '/figures/forced-labour-2021/', site), href).toBeUndefined();
    }
  });

  it('names the missing file of a page made from content, with a near id', () => {
    expect(linkProblem('/figures/forced-labor-2021/', undefined, site)).toBe(
      'the link to /figures/forced-labor-2021/ goes to no page: no file content/figures/forced-labor-2021.md exists. Check the address (did you mean /figures/forced-labour-2021/?)',
    );
  });

  it('asks for the closing slash, and for links from the root without the base path', () => {
    expect(linkProblem('/figures', undefined, site)).toBe('the link to /figures needs a slash at the end of its address: write /figures/');
    expect(linkProblem('/alliance-2023/figures/', undefined, site)).toBe(
      "the link to /alliance-2023/figures/ goes to no page: write it from the site's root, /figures/, without /alliance-2023: the build adds the base path",
    );
  });

  it('names a missing anchor, with a near one', () => {
    expect(linkProblem('/figures/#topic-scal', undefined, site)).toBe(
      'the link to /figures/#topic-scal goes to no heading or section: /figures/ has no anchor #topic-scal (did you mean #topic-scale?)',
    );
  });
});

describe('internalLinks', () => {
  it('checks links in bodies at their line, in the short texts of YAML files and in section links', () => {
    const about = entry('pages', 'about', {}, { body: '\nSee [x](/nowhere/).\n', bodyLine: 5 });
    const note = entry(
      'disagreements',
      'a',
      { id: 'a', question: 'Q', text: 'See [y](/figures/#none) and [z](https://www.osce.org/).', figures: [] },
      { file: 'content/disagreements.yaml', where: 'content/disagreements.yaml (entry "a")' },
    );
    const section = entry('sections', 'figures', {
      parts: [{ id: 'note', links: [{ label: 'All', link: '/figures/forced-labour-2021/#nope' }] }],
    });
    expect(
      internalLinks(input({ pages: [entry('pages', 'glossary', {}), about], disagreements: [note], sections: [section] })).map(
        formatProblem,
      ),
    ).toEqual([
      'content/pages/about.md: line 6: the link to /nowhere/ goes to no page: no file content/pages/nowhere.md exists. Check the address',
      'content/disagreements.yaml (entry "a"): text: the link to /figures/#none goes to no heading or section: /figures/ has no anchor #none. Check the heading it should go to',
      'content/sections/figures.md: parts[1].links[1].link: the link to /figures/forced-labour-2021/#nope goes to no heading or section: /figures/forced-labour-2021/ has no anchor #nope. Check the heading it should go to',
    ]);
  });
});

describe('linkProblem on a mistyped section', () => {
  it('suggests the address it is closest to', () => {
    expect(linkProblem('/figurs/', undefined, site)).toBe(
      'the link to /figurs/ goes to no page: no file content/pages/figurs.md exists. Check the address (did you mean /figures/?)',
    );
    expect(linkProblem('/data/figures.xml', undefined, site)).toBe(
      'the link to /data/figures.xml goes to no page of the site: check the address',
    );
  });
});
