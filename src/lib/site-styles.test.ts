import { describe, expect, it } from 'vitest';
import { classNames, hasSiteStyles, relativeImports, scriptSources, withSiteStyles, withoutUnreadProperties } from './site-styles';

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

describe('withoutUnreadProperties', () => {
  it('drops the --tw- properties no rule reads, with their @property, and keeps those read with var()', () => {
    const css =
      '*{box-sizing:border-box;--tw-border-style:solid}.font-bold{--tw-font-weight:700;font-weight:700}' +
      '.tracking-tight{letter-spacing:-.025em;--tw-tracking:-.025em}.border{border-style:var(--tw-border-style);border-width:1px}' +
      '.text-sm{font-size:.875rem;line-height:var(--tw-leading,1.429)}.leading-snug{--tw-leading:1.375;line-height:1.375}' +
      '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}@property --tw-font-weight{syntax:"*";inherits:false}' +
      '@property --tw-tracking{syntax:"*";inherits:false}@property --tw-leading{syntax:"*";inherits:false}';
    expect(withoutUnreadProperties(css)).toBe(
      '*{box-sizing:border-box;--tw-border-style:solid}.font-bold{font-weight:700}' +
        '.tracking-tight{letter-spacing:-.025em;}.border{border-style:var(--tw-border-style);border-width:1px}' +
        '.text-sm{font-size:.875rem;line-height:var(--tw-leading,1.429)}.leading-snug{--tw-leading:1.375;line-height:1.375}' +
        '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}@property --tw-leading{syntax:"*";inherits:false}',
    );
  });

  it('leaves our own properties and a name that only starts like a read one', () => {
    const css = ':root{--color-ink:#000}.a{--tw-space-x:1;margin:var(--tw-space-x-reverse)}';
    expect(withoutUnreadProperties(css)).toBe(':root{--color-ink:#000}.a{margin:var(--tw-space-x-reverse)}');
  });
});
