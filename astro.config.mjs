// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { buildSettings } from './scripts/build-settings.mjs';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';
import { rehypeExternalLinks } from './src/lib/rehype-external-links';
import { rehypeScrollableTables } from './src/lib/rehype-scrollable-tables';
import { contentCheck } from './scripts/lib/content-check-integration';

const { site, base, outDir } = buildSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Embedded figures (/figures/<id>/embed/) are for other sites' frames, not for search engines.
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !/\/figures\/[^/]+\/embed\/$/.test(page) })],
  // Markdown/MDX output: root-relative links get the base path, links to other sites get
  // rel="noopener noreferrer", wide tables scroll in a focusable region.
  markdown: { rehypePlugins: [[rehypeBaseLinks, { base }], rehypeExternalLinks, rehypeScrollableTables] },
  // Scripts stay external files (never inlined): a strict Content-Security-Policy allows no inline
  // script, and Vite's preload helper breaks dynamic import() (Pagefind) in inlined scripts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
