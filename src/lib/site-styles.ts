/**
 * The site's stylesheet per page: what a page's markup and scripts name, so that the CSS a page
 * carries inline grows with what the page shows, not with what the whole site uses. Pure functions
 * on built files' text; scripts/lib/page-styles.ts reads and writes the files.
 */

/** The inline stylesheet BaseLayout prints, before the build cuts it down. */
const SITE_STYLES = /<style data-site-styles>[\s\S]*?<\/style>/;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };
const decode = (value: string) => value.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/** Every class a page's elements name in their class attributes, e.g. "mt-4", "sm:text-3xl". */
export function classNames(html: string): Set<string> {
  const names = new Set<string>();
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\sclass=(?:"([^"]*)"|'([^']*)')/g)) {
    for (const name of decode(m[1] ?? m[2] ?? '').split(/\s+/)) if (name) names.add(name);
  }
  return names;
}

/** The addresses of the scripts a page loads with <script src="…">. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => decode(m[1]!));
}

/** The relative modules a built script imports, statically or dynamically ("./chunk.js"). */
export function relativeImports(js: string): string[] {
  return [...new Set([...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!))];
}

/** True when the page carries the site's stylesheet (pages of other layouts keep theirs). */
export const hasSiteStyles = (html: string) => SITE_STYLES.test(html);

/** The page with the site's stylesheet replaced by `css`, and the marker gone. */
export function withSiteStyles(html: string, css: string): string {
  if (!hasSiteStyles(html)) throw new Error('the page has no <style data-site-styles> to replace');
  if (/<\/style/i.test(css)) throw new Error('a stylesheet may not contain "</style"');
  return html.replace(SITE_STYLES, () => `<style>${css}</style>`);
}

/** A custom property of Tailwind's (`--tw-…`) declared in a minified stylesheet. */
const TW_PROPERTY = /(?<=[{;])(--tw-[\w-]+):/g;

/**
 * The minified stylesheet without Tailwind's custom properties that no rule of it reads: utilities
 * set some for others to compose with (font-bold sets --tw-font-weight and registers it with
 * @property), and a page that uses none of the readers would send them for nothing. A property
 * some rule reads with var() stays, declarations and registration alike.
 */
export function withoutUnreadProperties(css: string): string {
  let out = css;
  for (const name of new Set([...css.matchAll(TW_PROPERTY)].map((m) => m[1]!))) {
    if (new RegExp(`var\\(${name}[,)]`).test(out)) continue;
    out = out.replace(new RegExp(`@property ${name}\\{[^}]*\\}`, 'g'), '').replace(new RegExp(`(?<=[{;])${name}:[^;}]*;?`, 'g'), '');
  }
  return out;
}
