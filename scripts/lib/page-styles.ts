// After `astro build`: each page made with BaseLayout carries the whole stylesheet inline; this step
// gives each page the stylesheet Tailwind makes from the classes that page and the scripts it loads
// name, and nothing else. A page then carries the CSS it uses (a figure page without a chart does not
// carry the chart's rules). Pages that name the same classes share one stylesheet, so the
// Content-Security-Policy needs one hash per distinct set (a few dozen), not per page. Runs as an
// integration, before the CSP hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, optimize, type Polyfills } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import type { AstroIntegration } from 'astro';
import {
  classNames,
  hasSiteStyles,
  relativeImports,
  scriptSources,
  withSiteStyles,
  withoutUnreadProperties,
} from '../../src/lib/site-styles';
import { listFiles } from './list-files.mjs';

/** The stylesheet BaseLayout prints, from the project root. */
export const SITE_STYLESHEET = 'src/styles/global.css';

/** Polyfills.None (a const enum, which this project's TypeScript settings cannot read from a package). */
const NO_POLYFILLS = 0 as Polyfills;

/**
 * Tailwind's output for a set of class names: the stylesheet's own rules and those utilities.
 * Without Tailwind's fallback for browsers that lack @property (a block that gives every element
 * each variable's initial value): the one such variable the site's utilities cannot do without,
 * the border style, the stylesheet sets itself.
 */
export async function stylesFor(stylesheet: string, candidates: Iterable<string>): Promise<string> {
  const compiler = await compile(readFileSync(stylesheet, 'utf8'), {
    base: dirname(resolve(stylesheet)),
    onDependency: () => undefined,
    polyfills: NO_POLYFILLS,
  });
  // Without Tailwind's licence banner, a comment every page would send (Tailwind is credited in
  // README.md), and without the custom properties nothing on the page reads.
  const css = optimize(compiler.build([...candidates]), { minify: true }).code.replace(/^\/\*![^*]*\*\/\s*/, '');
  return withoutUnreadProperties(css).trim();
}

/** The class names a built script could add to the page, as Tailwind finds them in its text. */
function scriptCandidates(dir: string, base: string, page: string, cache: Map<string, string[]>): string[] {
  const found: string[] = [];
  const queue = scriptSources(readFileSync(join(dir, page), 'utf8'))
    .filter((src) => src.startsWith(base))
    .map((src) => join(dir, src.slice(base.length)));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !file.startsWith(dir + sep) || !file.endsWith('.js')) continue;
    seen.add(file);
    if (!cache.has(file)) {
      const js = readFileSync(file, 'utf8');
      cache.set(file, new Scanner({}).scanFiles([{ content: js, extension: 'js' }]));
      queue.push(...relativeImports(js).map((spec) => join(dirname(file), spec)));
    }
    found.push(...cache.get(file)!);
  }
  return found;
}

/**
 * Rewrites the site's pages in `dir`: each gets the styles its classes and scripts name. Returns how
 * many pages were rewritten and how many different stylesheets they carry.
 */
export async function writePageStyles(options: {
  dir: string;
  base: string;
  stylesheet: string;
}): Promise<{ pages: number; stylesheets: number }> {
  const { dir, base, stylesheet } = options;
  const pages = listFiles(dir).filter((f) => f.endsWith('.html') && hasSiteStyles(readFileSync(join(dir, f), 'utf8')));
  const scripts = new Map<string, string[]>();
  const made = new Map<string, Promise<string>>();
  for (const page of pages) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    const candidates = new Set([...classNames(html), ...scriptCandidates(dir, base, page, scripts)]);
    const key = [...candidates].sort().join(' ');
    if (!made.has(key)) made.set(key, stylesFor(stylesheet, candidates));
    try {
      writeFileSync(path, withSiteStyles(html, await made.get(key)!));
    } catch (error) {
      throw new Error(`${page}: ${(error as Error).message}`);
    }
  }
  return { pages: pages.length, stylesheets: new Set(await Promise.all(made.values())).size };
}

export function pageStyles(options: { stylesheet?: string } = {}): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'page-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stylesheet = join(root, options.stylesheet ?? SITE_STYLESHEET);
        const { pages, stylesheets } = await writePageStyles({ dir: fileURLToPath(dir), base, stylesheet });
        logger.info(`Gave ${pages} pages the styles they use: ${stylesheets} stylesheet${stylesheets === 1 ? '' : 's'}.`);
      },
    },
  };
}
