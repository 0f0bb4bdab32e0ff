// The `_headers` file static hosts read (Netlify, Cloudflare Pages), for the preview server: which
// headers a host would send for a path.
//
// Format: a path pattern on a line of its own, then indented `Name: value` lines; `#` starts a
// comment. In a pattern, `*` (a splat) matches any characters, slashes included, and `:name`
// (a placeholder) matches one path segment. Every block whose pattern matches the path applies,
// in file order: a header set by several blocks gets their values joined by ", ", and an indented
// `! Name` line drops what earlier blocks set for that header (Cloudflare Pages' rules).
//
// Two Content-Security-Policy values joined by ", " are two policies, and a browser enforces both:
// a block that must relax the policy of `/*` (say, frame-ancestors for embeddable pages) starts
// with `! Content-Security-Policy` and then gives its own.

/**
 * @typedef {{ pattern: string, test: RegExp, lines: ({ name: string, value: string } | { detach: string })[] }} HeaderBlock
 */

/** @param {string} pattern */
function patternToRegExp(pattern) {
  let source = '';
  for (const part of pattern.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
    if (part === '*') source += '.*';
    else if (part.startsWith(':') && part.length > 1) source += '[^/]+';
    else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Reads a `_headers` file into its blocks, in order. Throws on a line it cannot read, naming it.
 * @param {string} text
 * @returns {HeaderBlock[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderBlock[]} */
  const blocks = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path pattern starts with "/", found "${trimmed}"`);
      blocks.push({ pattern: trimmed, test: patternToRegExp(trimmed), lines: [] });
      return;
    }
    const block = blocks.at(-1);
    if (!block) throw new Error(`_headers line ${index + 1}: "${trimmed}" comes before any path pattern`);
    if (trimmed.startsWith('!')) {
      block.lines.push({ detach: trimmed.slice(1).trim().toLowerCase() });
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value", found "${trimmed}"`);
    block.lines.push({ name: trimmed.slice(0, colon).trim(), value: trimmed.slice(colon + 1).trim() });
  });
  return blocks;
}

/**
 * The headers the blocks give a path (the path as the site sees it, "/figures/x/"), by lower-case
 * name, each with the name as first written.
 * @param {HeaderBlock[]} blocks
 * @param {string} path
 * @returns {Map<string, { name: string, value: string }>}
 */
export function headersFor(blocks, path) {
  /** @type {Map<string, { name: string, value: string }>} */
  const headers = new Map();
  for (const block of blocks) {
    if (!block.test.test(path)) continue;
    for (const line of block.lines) {
      if ('detach' in line) {
        headers.delete(line.detach);
        continue;
      }
      const key = line.name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, earlier ? { name: earlier.name, value: `${earlier.value}, ${line.value}` } : { ...line });
    }
  }
  return headers;
}
