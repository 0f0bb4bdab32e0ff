// Serves the built site (dist/) on localhost, as a static host would: `npm run preview`.
// Also used by the browser tests. Honours BASE_PATH, answers 404 with 404.html.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSettings } from './build-settings.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts the server. port 0 picks a free port.
 * @param {{ dir?: string, base?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(options = {}) {
  const settings = buildSettings(process.env);
  const dir = options.dir ?? settings.outDir;
  const base = options.base ?? settings.base;
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    const send = async (file, status = 200) => {
      const body = await readFile(file);
      // Anything else, Pagefind's index files (.pf_meta, .pf_index, .pf_fragment, .pagefind) among them.
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      // Inside the try: a malformed escape such as /%E0%A4%A is a 404, not a crash.
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) throw Object.assign(new Error('outside base'), { code: 'ENOENT' });
      const local = normalize(join(dir, path.slice(base.length)));
      if (!local.startsWith(normalize(dir))) throw Object.assign(new Error('traversal'), { code: 'ENOENT' });
      const info = await stat(local).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${path}/` });
          return res.end();
        }
        return await send(join(local, 'index.html'));
      }
      if (info?.isFile()) return await send(local);
      return await send(join(dir, '404.html'), 404);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(options.port ?? settings.port, host, () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve({ host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Serving the built site at ${url} (Ctrl+C to stop).`);
}
