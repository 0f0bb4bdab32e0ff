// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { buildSettings } from './scripts/build-settings.mjs';
import rehypeRaw from 'rehype-raw';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';
import { rehypeExternalLinks } from './src/lib/rehype-external-links';
import { rehypeScrollableTables } from './src/lib/rehype-scrollable-tables';
import { MDX_NODE_TYPES, rehypeSanitizeBody } from './src/lib/rehype-sanitize-body';
import { MDX_COMPONENTS } from './src/lib/mdx-components';
import { contentCheck } from './src/integrations/content-check';
import { searchIndex } from './src/integrations/search-index';
import { cspHashes } from './scripts/lib/csp-hashes';
import { pageStyles } from './scripts/lib/page-styles';

const { site, base, outDir } = buildSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // contentCheck: the content problems stop the build and show in `astro dev`. After the build,
  // pageStyles cuts each page's inline stylesheet down to what the page uses, cspHashes allows
  // each page's inline styles by hash, then searchIndex has Pagefind index the finished pages, so
  // `astro build` alone makes a site whose search works. Embedded figures (/figures/<id>/embed/)
  // are for other sites' frames, not for search engines' sitemaps.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/figures\/[^/]+\/embed\/$/.test(page) }),
    pageStyles(),
    cspHashes(),
    searchIndex(),
  ],
  // Markdown/MDX output: raw HTML parsed, then everything through an allow-list (content is
  // untrusted); then our own additions, which the list need not know: root-relative links get the
  // base path, links to other sites get rel="noopener noreferrer", wide tables scroll in a focusable
  // region. Astro adds heading ids after these. No syntax highlighting: it writes style attributes,
  // which the Content-Security-Policy refuses.
  markdown: {
    syntaxHighlight: false,
    rehypePlugins: [
      [rehypeRaw, { passThrough: MDX_NODE_TYPES }],
      [rehypeSanitizeBody, { components: Object.keys(MDX_COMPONENTS) }],
      [rehypeBaseLinks, { base }],
      rehypeExternalLinks,
      rehypeScrollableTables,
    ],
  },
  // Scripts stay external files (never inlined): a strict Content-Security-Policy allows no inline
  // script, and Vite's preload helper breaks dynamic import() (Pagefind) in inlined scripts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
