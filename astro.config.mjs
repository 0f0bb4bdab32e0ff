// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { buildSettings } from './scripts/build-settings.mjs';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';
import { contentCheck } from './scripts/lib/content-check-integration';

const { site, base, outDir } = buildSettings(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentCheck(), mdx(), sitemap()],
  // Root-relative links written in Markdown/MDX (/background/…) get the base path too.
  markdown: { rehypePlugins: [[rehypeBaseLinks, { base }]] },
  // Scripts stay external files (never inlined): a strict Content-Security-Policy allows no inline
  // script, and Vite's preload helper breaks dynamic import() (Pagefind) in inlined scripts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
