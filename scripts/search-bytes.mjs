// Measures search's weight after a build: the size of the index (dist/pagefind) and the bytes
// Chromium downloads for a first search on /search/ (by file, raw and gzip-compressed as a host
// would serve text files; Pagefind's WebAssembly and index chunks are compressed already).
//   node scripts/search-bytes.mjs ["27.6 million"]
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { buildSettings } from './build-settings.mjs';
import { listFiles } from './lib/list-files.mjs';

const query = process.argv[2] ?? '27.6 million';
const { outDir } = buildSettings(process.env);
const indexDir = join(outDir, 'pagefind');
const files = listFiles(indexDir);
const indexBytes = files.reduce((sum, f) => sum + statSync(join(indexDir, f)).size, 0);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`Index: ${files.length} files, ${indexBytes} bytes (${kib(indexBytes)}) in ${indexDir}`);

const server = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  const rows = [];
  for (const r of responses) {
    const body = await r.body().catch(() => Buffer.alloc(0));
    const name = new URL(r.url()).pathname;
    const compressible = /\.(js|css|html|json|svg)$/.test(name); // .pagefind (WebAssembly) and .pf_* come gzipped
    rows.push({ name, raw: body.length, gzip: compressible ? gzipSync(body, { level: 9 }).length : body.length });
  }
  const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
  const search = rows.filter((r) => r.name.includes('/pagefind/'));
  for (const r of rows) console.log(`${String(r.raw).padStart(8)} ${String(r.gzip).padStart(8)}  ${r.name}`);
  console.log(`First search for "${query}": ${rows.length} requests, ${sum(rows, 'raw')} bytes raw / ${sum(rows, 'gzip')} gzip in all;`);
  console.log(
    `  of which Pagefind: ${search.length} requests, ${sum(search, 'raw')} bytes raw (${kib(sum(search, 'raw'))}) / ${sum(search, 'gzip')} gzip (${kib(sum(search, 'gzip'))}).`,
  );
} finally {
  await browser.close();
  await server.close();
}
