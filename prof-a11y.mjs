// ad hoc: where the time goes on one a11y page check (not committed)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from './scripts/serve.mjs';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const server = await serve({ dir: 'dist', base: '/', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const t = {};
const lap = async (k, f) => { const s = performance.now(); const r = await f(); t[k] = (t[k] ?? 0) + performance.now() - s; return r; };
const paths = ['', 'figures/', 'figures/forced-labour-2021/', 'background/action-plan/', 'programme/', 'speakers/theresa-may/'];
for (const path of paths) {
  const context = await lap('context', () => browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await lap('page', () => context.newPage());
  await lap('goto', () => page.goto(server.url + path));
  await lap('inject', () => page.evaluate(AXE));
  for (const [w, c] of [[1280, 'light'], [1280, 'dark'], [320, 'dark'], [320, 'light']]) {
    await lap('emulate', async () => { await page.setViewportSize({ width: w, height: 900 }); await page.emulateMedia({ colorScheme: c }); });
    await lap('axe.run', () => page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] })));
  }
  await lap('close', () => context.close());
}
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, `${(v / paths.length).toFixed(0)} ms/page`])));
await browser.close();
await server.close();
