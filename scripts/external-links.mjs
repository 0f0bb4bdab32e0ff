// Lists every link from the built site to other sites, grouped by host, with the pages that use
// it: `node scripts/external-links.mjs [--json]` after `npm run build`. These links cannot be
// checked offline, so this is a report for a person (or a networked job), not a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSettings } from './build-settings.mjs';
import { listFiles } from './lib/list-files.mjs';

const { outDir, site } = buildSettings(process.env);
const own = new URL(site).origin;

/** @param {string} value */
const decode = (value) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** @type {Map<string, Map<string, Set<string>>>} host → address → pages */
const hosts = new Map();
const pages = listFiles(outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
for (const file of pages) {
  const html = readFileSync(join(outDir, file), 'utf8');
  for (const [, raw] of html.matchAll(/<(?:a|area)\s[^>]*?\bhref\s*=\s*"([^"]*)"/gi)) {
    let url;
    try {
      url = new URL(decode(raw), own);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || url.origin === own) continue;
    const byAddress = hosts.get(url.host) ?? hosts.set(url.host, new Map()).get(url.host);
    (byAddress.get(url.href) ?? byAddress.set(url.href, new Set()).get(url.href)).add(file.replace(/index\.html$/, '') || '/');
  }
}

const sorted = [...hosts].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
if (process.argv.includes('--json')) {
  const json = Object.fromEntries(
    sorted.map(([host, links]) => [host, Object.fromEntries([...links].sort().map(([href, from]) => [href, [...from]]))]),
  );
  console.log(JSON.stringify(json, null, 2));
} else {
  const total = sorted.reduce((n, [, links]) => n + links.size, 0);
  console.log(`${total} external addresses on ${sorted.length} hosts, linked from ${pages.length} pages in ${outDir}/\n`);
  for (const [host, links] of sorted) {
    console.log(`${host} (${links.size})`);
    for (const [href, from] of [...links].sort())
      console.log(`  ${href}\n      from ${[...from].slice(0, 4).join(', ')}${from.size > 4 ? ` and ${from.size - 4} more` : ''}`);
  }
}
