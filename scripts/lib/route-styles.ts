// After `astro build`: each page made with BaseLayout carries the whole stylesheet inline; this step
// gives the pages of each route (all figure pages, all sessions, /figures/…) the stylesheet Tailwind
// makes from the classes those pages and the scripts they load name, and nothing else. A page then
// carries the CSS it uses; pages of one route share one stylesheet, so the Content-Security-Policy
// needs one hash per route, not per page. Runs as an integration, before the CSP hashes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, optimize, type Polyfills } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import type { AstroIntegration } from 'astro';
import { classNames, hasSiteStyles, relativeImports, scriptSources, withSiteStyles } from '../../src/lib/site-styles';
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
  return optimize(compiler.build([...candidates]), { minify: true }).code.trim();
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
 * Rewrites the site's pages in `dir`: `routes` maps each route to its pages (files relative to
 * `dir`); a page with the site's stylesheet that no route names is a group of its own. Returns how
 * many pages were rewritten and how many different stylesheets they carry.
 */
export async function writeRouteStyles(options: {
  dir: string;
  base: string;
  stylesheet: string;
  routes: Map<string, string[]>;
}): Promise<{ pages: number; stylesheets: number }> {
  const { dir, base, stylesheet } = options;
  const pages = listFiles(dir).filter((f) => f.endsWith('.html') && hasSiteStyles(readFileSync(join(dir, f), 'utf8')));
  const routeOf = new Map<string, string>();
  for (const [route, files] of options.routes) for (const f of files) routeOf.set(f, route);
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const key = routeOf.get(page) ?? `page:${page}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const scripts = new Map<string, string[]>();
  const made = new Map<string, Promise<string>>();
  for (const files of groups.values()) {
    const candidates = new Set<string>();
    for (const page of files) {
      classNames(readFileSync(join(dir, page), 'utf8')).forEach((c) => candidates.add(c));
      scriptCandidates(dir, base, page, scripts).forEach((c) => candidates.add(c));
    }
    const key = [...candidates].sort().join(' ');
    if (!made.has(key)) made.set(key, stylesFor(stylesheet, candidates));
    const css = await made.get(key)!;
    for (const page of files) {
      const path = join(dir, page);
      try {
        writeFileSync(path, withSiteStyles(readFileSync(path, 'utf8'), css));
      } catch (error) {
        throw new Error(`${page}: ${(error as Error).message}`);
      }
    }
  }
  return { pages: pages.length, stylesheets: new Set(await Promise.all(made.values())).size };
}

export function routeStyles(options: { stylesheet?: string } = {}): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'route-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const routes = new Map(
          [...assets].map(([route, urls]) => [route, urls.map((u) => relative(out, fileURLToPath(u)).split(sep).join('/'))]),
        );
        const stylesheet = join(root, options.stylesheet ?? SITE_STYLESHEET);
        const { pages, stylesheets } = await writeRouteStyles({ dir: out, base, stylesheet, routes });
        logger.info(`Gave ${pages} pages the styles their route uses: ${stylesheets} stylesheet${stylesheets === 1 ? '' : 's'}.`);
      },
    },
  };
}
