// Serves the built site (dist/) as a static host would: `npm run preview`, `npm start`, the browser
// tests. sirv sends the files (types, Content-Length, ETag and 304, Last-Modified); the lines here
// decide what may be served, the way a careful host does:
// - only files inside the output folder: each path segment is decoded on its own (an encoded "/" is
//   never a separator), "." and ".." and dot-files are refused, and the real path (symlinks
//   resolved) must lie inside the folder's own real path;
// - under BASE_PATH, a folder without its trailing slash is redirected to it with the query kept,
//   always to a path of this site (never "//other.host/…");
// - GET and HEAD only (405 with Allow otherwise), and only for a Host header that names this
//   machine (DNS rebinding); it listens on the loopback address unless told otherwise;
// - 404.html with status 404; the headers of `_headers` for every answer, so the preview gets the
//   Content-Security-Policy a host sends; `_astro/` files (named by their content) cached for a
//   year, everything else revalidated.
import { createServer } from 'node:http';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { buildSettings } from './build-settings.mjs';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files a host reads for itself and does not publish. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** The Content-Type for a file: sirv's own table (mrmime), with a charset for text, and bytes for the rest (Pagefind's index files). */
function contentType(path) {
  const type = lookup(path);
  if (!type) return 'application/octet-stream';
  if (/charset=/i.test(type)) return type;
  return /^(text\/|application\/(json|xml|atom\+xml|manifest\+json)$)/.test(type) ? `${type}; charset=utf-8` : type;
}

/** The host name of a Host header, lower-case, without the port; undefined when there is none. */
function hostName(header) {
  if (!header) return undefined;
  const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d*$/, '');
  return name.toLowerCase();
}

/**
 * What a request path asks for, relative to the base: the decoded segments and whether it ended
 * with "/"; undefined when it is outside the base or holds a segment that can never be a file name.
 */
function requestedSegments(pathname, baseSegments) {
  let segments;
  try {
    segments = pathname
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined; // a malformed escape such as %E0%A4%A
  }
  if (baseSegments.some((s, i) => segments[i] !== s)) return undefined;
  const rest = segments.slice(baseSegments.length);
  const trailingSlash = pathname.endsWith('/');
  const names = trailingSlash ? rest.slice(0, -1) : rest;
  if (names.some((s) => s === '' || s.startsWith('.') || /[/\\\0]/.test(s))) return undefined;
  return { names, trailingSlash };
}

/**
 * Starts the server. port 0 picks a free port.
 * @param {{ dir?: string, base?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(options = {}) {
  const settings = buildSettings(process.env);
  const dir = resolve(options.dir ?? settings.outDir);
  const base = options.base ?? settings.base;
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
  const root = realpathSync(dir);
  const baseSegments = base.split('/').filter(Boolean);
  const allowedHosts = new Set([...LOOPBACK_NAMES, hostName(host.includes(':') ? `[${host}]` : host)]);
  const headerBlocks = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];

  /** The real path of a file inside the output folder, or undefined. */
  const realFileInside = (path) => {
    let real;
    try {
      real = realpathSync(path);
    } catch {
      return undefined;
    }
    if (real !== root && !real.startsWith(root + sep)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  };
  const isFolderInside = (path) => {
    try {
      const real = realpathSync(path);
      return (real === root || real.startsWith(root + sep)) && statSync(real).isDirectory();
    } catch {
      return false;
    }
  };

  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: [],
    setHeaders: (res, pathname) => {
      if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', contentType(pathname));
      if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? IMMUTABLE : 'no-cache');
    },
    onNoMatch: (req, res) => notFound(req, res),
  });

  /** The headers of `_headers` for a path under the base ("/figures/x/"), and nosniff always. */
  const applyHostHeaders = (res, sitePath) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    for (const { name, value } of headersFor(headerBlocks, sitePath).values()) res.setHeader(name, value);
  };

  const plain = (req, res, status, text, headers = {}) => {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  };

  function notFound(req, res) {
    const page = realFileInside(join(root, '404.html'));
    if (!page) return plain(req, res, 404, 'Not found');
    const body = readFileSync(page);
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    if (!allowedHosts.has(hostName(req.headers.host))) {
      return plain(req, res, 403, `This server answers only for ${[...allowedHosts].join(', ')}.`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(req, res, 405, 'Only GET and HEAD.', { Allow: 'GET, HEAD' });
    const raw = req.url ?? '';
    const queryAt = raw.search(/[?#]/);
    const pathname = queryAt === -1 ? raw : raw.slice(0, queryAt);
    const query = queryAt === -1 ? '' : raw.slice(queryAt).replace(/#.*$/, '');
    const wanted = raw.startsWith('/') ? requestedSegments(pathname, baseSegments) : undefined;
    const sitePath = wanted ? `/${wanted.names.join('/')}${wanted.trailingSlash && wanted.names.length ? '/' : ''}` : pathname;
    applyHostHeaders(res, sitePath);
    if (!wanted || (wanted.names.length === 1 && HOST_FILES.has(wanted.names[0]))) return notFound(req, res);

    const local = join(root, ...wanted.names);
    if (wanted.trailingSlash) {
      if (!isFolderInside(local) || !realFileInside(join(local, 'index.html'))) return notFound(req, res);
      req.url = encodeURI(`/${[...wanted.names, 'index.html'].join('/')}`);
    } else if (isFolderInside(local)) {
      const location = `/${[...baseSegments, ...wanted.names].map(encodeURIComponent).join('/')}/${query}`;
      return plain(req, res, 301, `Moved to ${location}`, { Location: location });
    } else if (realFileInside(local)) {
      req.url = encodeURI(`/${wanted.names.join('/')}`);
    } else {
      return notFound(req, res);
    }
    // Ranges are not needed to preview a site, and ignoring them is allowed (RFC 9110 §14.2).
    delete req.headers.range;
    files(req, res);
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? settings.port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}${base}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose(undefined))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve({ host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Serving the built site at ${url} (Ctrl+C to stop).`);
}
