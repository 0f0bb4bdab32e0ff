// The checking functions behind the site gates, run on small bad pages: each gate can fail.
import { describe, expect, it } from 'vitest';
import { attr, closest, first, select, srcsetUrls, startTag, startTags, text, textWithout } from '../helpers/html';
import { unlinkedFigures } from '../helpers/prose';
import { headingProblems, landmarkProblems } from '../helpers/structure';
import {
  cssProblems,
  externalLinkRelProblems,
  externalResourceProblems,
  foreignOrigin,
  inlineCodeProblems,
  parseHeadersFile,
} from '../helpers/privacy';
import { brokenLinks, pagePath, resolveLink } from '../helpers/links';
import { blockingScripts, gzipSize, scriptSrcs, staticImports, stylesheetHrefs } from '../helpers/budgets';
import { meta, sitemapLocs, titleOf } from '../helpers/dist';

const site = new URL('https://alliance.test');
const page = (main: string, head = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body><header><nav aria-label="Main"></nav></header><main id="main">${main}</main><footer></footer></body></html>`;

describe('the HTML parser', () => {
  it('reads elements with decoded attributes, not markup inside comments or raw text', () => {
    const html = `<!-- <a href="x"> --><a HREF="/a?b=1&amp;c=2" data-x='y' title="&#39;&#x2F;&quot;&nbsp;&unknown;" hidden>A</a><script>if (a<b) document.write("<img src=x>")</script><style>p>a{}</style>`;
    expect(startTags(html).map((t) => t.name)).toEqual(['html', 'head', 'body', 'a', 'script', 'style']);
    expect(startTags(html, 'a')[0]!.attrs).toEqual({ href: '/a?b=1&c=2', 'data-x': 'y', title: `'/"\u00a0&unknown;`, hidden: '' });
    expect(startTags(html, 'script')[0]!.text).toBe('if (a<b) document.write("<img src=x>")');
    expect(startTags(html, 'img')).toEqual([]);
  });
  it('builds the tree a browser builds, so selectors see implied and closed elements', () => {
    const html = '<table><tr><td>cell</table><p>one<p>two<ul><li>a<li>b</ul>';
    expect(select(html, 'table > tbody > tr > td').map(text)).toEqual(['cell']);
    expect(select(html, 'body > p').map(text)).toEqual(['one', 'two']);
    expect(select(html, 'ul > li').length).toBe(2);
    const li = first(html, 'li:last-child')!;
    expect(closest(li, 'ul')?.tagName).toBe('ul');
    expect(closest(li, 'table')).toBeUndefined();
  });
  it('quotes a start tag as written, shortened for messages', () => {
    const long = `<a href="/x/" data-long="${'x'.repeat(200)}">`;
    expect(startTag(first('<p><A HREF="/y/" class=b>y</A>', 'a')!)).toBe('<A HREF="/y/" class=b>');
    expect(startTag(first(`${long}x</a>`, 'a')!)).toBe(`${long.slice(0, 157)}…`);
  });
  it('reads meta tags, the title and sitemap addresses', () => {
    const html = page('', '<meta name="description" content="About &amp; more"><meta property="og:url" content="https://a.test/">');
    expect(meta(html, 'description')).toBe('About & more');
    expect(meta(html, 'og:url')).toBe('https://a.test/');
    expect(meta(html, 'og:title')).toBeUndefined();
    expect(titleOf(html)).toBe('t');
    expect(
      sitemapLocs('<?xml version="1.0"?><urlset><url><loc>https://a.test/</loc></url><url><loc> https://a.test/x/ </loc></url></urlset>'),
    ).toEqual(['https://a.test/', 'https://a.test/x/']);
    expect(attr(first(html, 'meta')!, 'NAME')).toBe('description');
  });
  it('splits srcset candidates, keeping commas inside URLs', () => {
    expect(srcsetUrls('a.webp 1x, b,c.webp 2x,d.webp 3x')).toEqual(['a.webp', 'b,c.webp', 'd.webp']);
    expect(srcsetUrls('/x.avif 480w,/y.avif 800w')).toEqual(['/x.avif', '/y.avif']);
  });
});

describe('numbers in prose', () => {
  const figures = [
    { id: 'forced-labour-2021', display: '27.6 million' },
    { id: 'profits-2014', display: 'US$150 billion' },
    { id: 'share', display: '1%' },
    { id: 'states', display: '57' },
  ];
  it('reads the text outside links', () => {
    expect(textWithout(first('<p>Of <a href="/f/">27.6 million</a> people, <b>1%</b></p>', 'p')!, 'a').replace(/\s+/g, ' ')).toBe(
      'Of people, 1%',
    );
  });
  it('reports a figure quoted without its link, not the page’s own, a bare number or a longer number', () => {
    const prose = 'An estimated 27.6 million people; profits of US$150 billion; 57 States; 11% and 27.65 million.';
    expect(unlinkedFigures(prose, figures)).toEqual(['27.6 million', 'US$150 billion']);
    expect(unlinkedFigures(prose, figures, 'forced-labour-2021')).toEqual(['US$150 billion']);
    expect(unlinkedFigures('Fewer than 1% of victims.', figures)).toEqual(['1%']);
  });
});

describe('headingProblems', () => {
  it('accepts one h1 and levels that go down one at a time', () => {
    expect(headingProblems(page('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3>'))).toEqual([]);
  });
  it('reports a skipped level, a missing or second h1 and an h1 that is not first', () => {
    expect(headingProblems(page('<h1>a</h1><h3>b</h3>'))).toEqual(['<h1> is followed by <h3>: level 2 is skipped']);
    expect(headingProblems(page('<h2>a</h2>'))).toEqual(['expected one <h1>, found 0', 'the first heading is <h2>, not <h1>']);
    expect(headingProblems(page('<h1>a</h1><h1>b</h1>'))).toEqual(['expected one <h1>, found 2']);
  });
});

describe('landmarkProblems', () => {
  it('accepts a page with header, named navigation, main and footer; article headers do not count', () => {
    expect(landmarkProblems(page('<article><header>x</header><footer>y</footer></article>'))).toEqual([]);
  });
  it('reports a missing main, a second banner and unnamed navigation among several', () => {
    const html = '<html><body><header></header><header></header><nav></nav><nav aria-label="Main"></nav><footer></footer></body></html>';
    expect(landmarkProblems(html)).toEqual([
      'expected one <main> landmark, found 0',
      'expected one page-level <header> (banner), found 2',
      '<nav> has no name, but the page has 2 navigation landmarks',
    ]);
  });
});

describe('privacy checks', () => {
  it('knows which URLs leave the origin', () => {
    expect(foreignOrigin('/figures/', site)).toBeUndefined();
    expect(foreignOrigin('https://alliance.test/x', site)).toBeUndefined();
    expect(foreignOrigin('data:image/png;base64,AA', site)).toBeUndefined();
    expect(foreignOrigin('//cdn.test/x.js', site)).toBe('https://cdn.test');
    expect(foreignOrigin('http://alliance.test/x', site)).toBe('http://alliance.test');
  });
  it('reports scripts, styles, fonts, images, frames and forms from other origins, not links to them', () => {
    const html = page(
      `<a href="https://www.osce.org/" rel="noopener noreferrer">source</a><img src="https://img.test/a.webp" alt=""><img srcset="/a.webp 1x, https://img.test/b.webp 2x" alt="">
       <iframe src="https://video.test/"></iframe><form action="https://collect.test/"></form><div style="background:url(https://bg.test/x.png)"></div>`,
      `<link rel="canonical" href="https://elsewhere.test/"><link rel="stylesheet" href="https://fonts.test/css"><script src="https://analytics.test/a.js"></script><style>@import "https://fonts.test/f.css";</style>`,
    );
    expect(externalResourceProblems(html, site).map((p) => /from (https?:\/\/[^\s]+)/.exec(p)?.[1] ?? p)).toEqual([
      'https://fonts.test',
      'https://analytics.test',
      'https://fonts.test',
      'https://img.test',
      'https://img.test',
      'https://video.test',
      'https://collect.test',
      'https://bg.test',
    ]);
  });
  it('reports url() and @import in CSS files to other origins only', () => {
    expect(cssProblems(`@import url("/a.css");a{background:url('/x.svg')}@font-face{src:url(https://f.test/x.woff2)}`, site)).toEqual([
      'CSS loads https://f.test/x.woff2 from https://f.test',
    ]);
  });
  it('reports inline scripts, event handlers and javascript: URLs, not JSON-LD or external scripts', () => {
    const html = page(
      `<button onclick="go()">x</button><a href="javascript:void 0">y</a>`,
      `<script type="application/ld+json">{"@type":"Event"}</script><script type="module" src="/a.js"></script><script>alert(1)</script>`,
    );
    expect(inlineCodeProblems(html)).toEqual([
      'inline script: <script>alert(1)',
      'inline event handler onclick on <button onclick="go()">',
      'javascript: URL in href on <a href="javascript:void 0">',
    ]);
  });
  it('reports links to other sites without noopener and noreferrer', () => {
    const html = page(
      `<a href="https://a.test/" rel="noopener noreferrer">ok</a><a href="https://b.test/" rel="noopener">b</a><a href="//c.test/">c</a><a href="/x/">in</a>`,
    );
    expect(externalLinkRelProblems(html, site)).toEqual([
      'link to another site without rel="noopener noreferrer": <a href="https://b.test/" rel="noopener">',
      'link to another site without rel="noopener noreferrer": <a href="//c.test/">',
    ]);
  });
});

describe('link checks', () => {
  it('maps built files to their addresses', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('figures/x/index.html', '/sub/')).toBe('/sub/figures/x/');
    expect(pagePath('404.html', '/')).toBe('/404.html');
  });
  it('resolves links to files of the build and leaves other sites alone', () => {
    const from = new URL('https://alliance.test/sub/figures/x/');
    expect(resolveLink('../y/#caveat', from, '/sub/')).toEqual({ kind: 'file', file: 'figures/y/index.html', fragment: 'caveat' });
    expect(resolveLink('/sub/data/figures.csv', from, '/sub/')).toEqual({ kind: 'file', file: 'data/figures.csv', fragment: undefined });
    expect(resolveLink('/figures/', from, '/sub/')).toEqual({ kind: 'outside-base', path: '/figures/' });
    expect(resolveLink('https://www.osce.org/', from, '/sub/')).toEqual({ kind: 'external' });
    expect(resolveLink('mailto:a@b.c', from, '/sub/')).toEqual({ kind: 'external' });
  });
  it('reports a missing page, a missing asset, a broken #fragment, a bare # and a directory without its slash', () => {
    const pages = new Map([
      [
        'index.html',
        page(
          '<a href="/figures/">ok</a><a href="/figures/#top-figures">ok</a><a href="/nope/">x</a><a href="/figures/#nope">y</a><a href="#">z</a><a href="/figures">w</a><img src="/missing.webp" alt="">',
        ),
      ],
      ['figures/index.html', page('<h2 id="top-figures">Top</h2><a href="https://a.test/#nope">ext</a>')],
    ]);
    expect(brokenLinks(pages, new Set(pages.keys()), site, '/')).toEqual([
      'index.html: href="/nope/": no such file nope/index.html in the build',
      'index.html: href="/figures/#nope": no element with id="nope" on figures/index.html',
      'index.html: href="#": no element with id="" on index.html',
      'index.html: href="/figures" names a directory: add the trailing slash',
      'index.html: src="/missing.webp": no such file missing.webp in the build',
    ]);
  });
});

describe('budget checks', () => {
  it('finds stylesheets, scripts and static imports of a module', () => {
    const html = page(
      '',
      '<link rel="stylesheet" href="/a.css"><link rel="icon" href="/f.svg"><script type="module" src="/_astro/a.js"></script>' +
        '<link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/s.css" media="screen and (min-width: 40rem)">',
    );
    // A print-only stylesheet does not hold up a screen's first paint; one for some screens does.
    expect(stylesheetHrefs(html)).toEqual(['/a.css', '/s.css']);
    expect(scriptSrcs(html)).toEqual(['/_astro/a.js']);
    expect(staticImports(`import{a as b}from"./chunk.js";import"./side.js";export{c}from'./c.js';const p=import("./lazy.js")`)).toEqual([
      './chunk.js',
      './side.js',
      './c.js',
    ]);
  });
  it('reports classic external scripts that are neither deferred nor async', () => {
    const html = page(
      '',
      '<script src="/a.js"></script><script src="/b.js" defer></script><script src="/c.js" async></script><script type="module" src="/d.js"></script><script>inline()</script>',
    );
    expect(blockingScripts(html)).toEqual(['<script src="/a.js">']);
  });
  it('measures gzip bytes', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});

describe('parseHeadersFile', () => {
  it('reads URL patterns and their headers, skipping comments', () => {
    const rules = parseHeadersFile(
      "# all files\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n/data/*\n  Access-Control-Allow-Origin: *\n",
    );
    expect([...rules.keys()]).toEqual(['/*', '/data/*']);
    expect(rules.get('/*')?.get('content-security-policy')).toBe("default-src 'self'");
    expect(rules.get('/data/*')?.get('access-control-allow-origin')).toBe('*');
  });
  it('refuses a header outside a URL pattern', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/expected "Name: value" under a URL pattern/);
  });
});
