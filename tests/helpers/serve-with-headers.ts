// The built site as a host that reads _headers serves it: scripts/serve.mjs serves the files, and
// the headers the _headers file gives each address (read the Cloudflare Pages way) are added to
// every response that does not carry them already.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { headersFor } from './headers-file';

export async function serveWithHeaders(options: { dir: string; base: string; host?: string }): Promise<{ url: string; close: () => Promise<void> }> {
  const files = await serve({ dir: options.dir, base: options.base, port: 0 });
  const rules = readFileSync(join(options.dir, '_headers'), 'utf8');
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    const target = new URL(req.url ?? '/', files.url);
    const upstream = await fetch(target, { method: req.method, redirect: 'manual' });
    const headers: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) headers[name] = value;
    });
    const path = decodeURIComponent(target.pathname);
    const fromRoot = path.startsWith(options.base) ? `/${path.slice(options.base.length)}` : path;
    for (const [name, value] of headersFor(rules, fromRoot, 'cloudflare')) headers[name] ??= value;
    res.writeHead(upstream.status, headers);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}${options.base}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await files.close();
    },
  };
}
