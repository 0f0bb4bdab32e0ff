// Screenshots of the built site in Chromium, for reviewing a design change by eye:
//   node scripts/screenshots.mjs [out-dir] [path ...]
// Serves dist/ on a free port and writes <out-dir>/<page>-<width>-<theme>.png at 320, 768 and 1280 px,
// light and dark. Default out-dir: screenshots/ (ignored by git).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['', 'figures/', 'figures/forced-labour-2021/', 'background/', 'programme/', 'search/?q=27.6+million'];
const widths = (process.env.WIDTHS ?? '320,768,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');

mkdirSync(outDir, { recursive: true });
const server = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const theme of themes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      for (const path of pages) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = (path.replace(/[/?=+]+/g, '-').replace(/^-|-$/g, '') || 'home') + `-${width}-${theme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.log(join(outDir, name));
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
