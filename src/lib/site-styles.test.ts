import { describe, expect, it } from 'vitest';
import { classNames, hasSiteStyles, relativeImports, scriptSources, withSiteStyles } from './site-styles';

const page = (body: string) => `<!doctype html><html><head><style data-site-styles>.all{}</style></head><body>${body}</body></html>`;

describe('classNames', () => {
  it('collects every class of every element, with quotes of either kind and entities decoded', () => {
    const html = page(
      `<p class="mt-4  text-muted">a</p><a href="/" class='sm:text-3xl aria-[current]:bg-accent'>b</a><td class="[&amp;:hover_rect]:opacity-80"></td>`,
    );
    expect([...classNames(html)].sort()).toEqual([
      '[&:hover_rect]:opacity-80',
      'aria-[current]:bg-accent',
      'mt-4',
      'sm:text-3xl',
      'text-muted',
    ]);
  });

  it('reads class attributes only, not text that looks like one', () => {
    expect([...classNames(page('<p data-class="x">class="y"</p>'))]).toEqual([]);
  });
});

describe('scriptSources and relativeImports', () => {
  it('lists the scripts a page loads', () => {
    expect(scriptSources(page('<script type="module" src="/_astro/a.js"></script><script>inline()</script>'))).toEqual(['/_astro/a.js']);
  });

  it('lists the relative modules a script imports, statically or dynamically, once each', () => {
    const js = `import{a}from"./x.js";import "./y.js";const m=await import("./z.js");import("./x.js");import {b} from 'pkg';`;
    expect(relativeImports(js)).toEqual(['./x.js', './y.js', './z.js']);
  });
});

describe('withSiteStyles', () => {
  it('replaces the marked stylesheet and drops the marker', () => {
    const out = withSiteStyles(page('<p>x</p>'), '.mt-4{margin-top:1rem}');
    expect(out).toContain('<style>.mt-4{margin-top:1rem}</style>');
    expect(hasSiteStyles(out)).toBe(false);
  });

  it('keeps "$&" and other replacement patterns in the CSS as they are', () => {
    expect(withSiteStyles(page(''), 'a::after{content:"$&"}')).toContain('<style>a::after{content:"$&"}</style>');
  });

  it('refuses a page without the stylesheet, and CSS that would close the element', () => {
    expect(() => withSiteStyles('<html><style>x</style></html>', '')).toThrow('no <style data-site-styles>');
    expect(() => withSiteStyles(page(''), 'a{}</style><script>x()</script>')).toThrow('may not contain "</style"');
  });
});
