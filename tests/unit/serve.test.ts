// The preview server (scripts/serve.mjs) under attack: a small site in a temporary folder, with a
// secret in a sibling folder whose name starts with the output folder's, and symlinks leading out.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

const SECRET = 'SECRET-BYTES-7f3a';
const HEADERS = `# test headers
/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
  X-Frame-Options: DENY
  Referrer-Policy: no-referrer
/figures/*/embed/
  ! Content-Security-Policy
  ! X-Frame-Options
  Content-Security-Policy: default-src 'self'; frame-ancestors *
/data/:name
  Access-Control-Allow-Origin: *
`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so that the Host header and the request target are sent exactly as written. */
function send(
  port: number,
  path: string,
  options: { method?: string; host?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.host !== null) headers.Host = options.host ?? `127.0.0.1:${port}`;
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

let root: string;
let server: { url: string; close: () => Promise<void> };
let port: number;
let subServer: { url: string; close: () => Promise<void> };
let subPort: number;

beforeAll(async () => {
  root = site({
    'dist/index.html': '<!doctype html><title>Home</title>',
    'dist/404.html': '<!doctype html><title>Page not found</title>',
    'dist/figures/index.html': '<!doctype html><title>Figures</title>',
    'dist/figures/x/embed/index.html': '<!doctype html><title>Embed</title>',
    'dist/search/index.html': '<!doctype html><title>Search</title>',
    'dist/_astro/app.Ab12.js': 'console.log(1)',
    'dist/_astro/page.Cd34.css': 'body{}',
    'dist/programme.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    'dist/data/figures.csv': '\uFEFFid\r\n',
    'dist/data/figures.json': '{}',
    'dist/pagefind/pagefind.en_1.pf_meta': 'bytes',
    'dist/pagefind/wasm.en.pagefind': 'bytes',
    'dist/pagefind/pagefind.js': 'export {}',
    'dist/changes.xml': '<feed/>',
    'dist/social/x.png': 'png',
    'dist/wasm/x.wasm': 'wasm',
    'dist/.env': `TOKEN=${SECRET}`,
    'dist/_headers': HEADERS,
    'dist-secret/secret.txt': SECRET,
    'outside/secret.txt': SECRET,
  });
  symlinkSync(join(root, 'outside/secret.txt'), join(root, 'dist/leak.txt'));
  symlinkSync(join(root, 'outside'), join(root, 'dist/linked'));
  symlinkSync('../dist-secret', join(root, 'dist/sibling'));
  server = await serve({ dir: join(root, 'dist'), base: '/', port: 0 });
  port = Number(new URL(server.url).port);
  subServer = await serve({ dir: join(root, 'dist'), base: '/alliance-2023/', port: 0 });
  subPort = Number(new URL(subServer.url).port);
});
afterAll(async () => {
  await server?.close();
  await subServer?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serve(): only files inside the output folder', () => {
  it.each([
    '/..%2fdist-secret/secret.txt',
    '/..%2Fdist-secret%2Fsecret.txt',
    '/%2e%2e/dist-secret/secret.txt',
    '/../dist-secret/secret.txt',
    '/..%5cdist-secret%5csecret.txt',
    '/leak.txt',
    '/linked/secret.txt',
    '/sibling/secret.txt',
    '/.env',
    '/%2eenv',
    '/_headers',
    '/index.html%00.txt',
  ])('GET %s is a 404 and leaks nothing', async (path) => {
    const answer = await send(port, path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.body).toContain('Page not found');
  });

  it('answers a malformed escape with the 404 page instead of failing', async () => {
    const answer = await send(port, '/%E0%A4%A');
    expect(answer.status).toBe(404);
  });

  it('refuses a request target that is not a path (absolute form)', async () => {
    const answer = await send(port, 'http://evil.example/');
    expect(answer.status).toBe(404);
  });
});

describe('serve(): redirects', () => {
  it('adds the trailing slash to a folder and keeps the query', async () => {
    const answer = await send(port, '/search?q=27.6+million&section=Figures');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/search/?q=27.6+million&section=Figures');
  });

  it.each(['/%2F%2Fevil.example%2F..%2Ffigures', '//evil.example/../figures', '/%5C%5Cevil.example/figures', '///evil.example/figures'])(
    'never sends %s to another host',
    async (path) => {
      const answer = await send(port, path);
      const location = answer.headers.location;
      if (location !== undefined) expect(String(location)).toMatch(/^\/(?![/\\])/);
      expect(answer.status).toBe(404);
    },
  );

  it('redirects under a base path to the same base, the query kept', async () => {
    expect((await send(subPort, '/alliance-2023/figures?x=1')).headers.location).toBe('/alliance-2023/figures/?x=1');
    expect((await send(subPort, '/alliance-2023?q=a')).headers.location).toBe('/alliance-2023/?q=a');
    expect((await send(subPort, '/figures/')).status).toBe(404);
    expect((await send(subPort, '/alliance-2023/figures/')).status).toBe(200);
  });
});

describe('serve(): methods and hosts', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const answer = await send(port, '/', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD like GET, without a body', async () => {
    const answer = await send(port, '/', { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
  });

  it.each(['localhost', `localhost:${4321}`, '127.0.0.1', '[::1]', '[::1]:8080', 'LOCALHOST'])('answers the Host %s', async (host) => {
    expect((await send(port, '/', { host })).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:4321', 'localhost.evil.example', '127.0.0.1.nip.io', ''])(
    'refuses the Host %s (DNS rebinding)',
    async (host) => {
      const answer = await send(port, '/', { host });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('Home');
    },
  );

  it('refuses a request without a Host header (Node answers 400 before the server sees it)', async () => {
    const answer = await send(port, '/', { host: null });
    expect([400, 403]).toContain(answer.status);
    expect(answer.body).not.toContain('Home');
  });

  it('listens on the loopback address by default', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });
});

describe('serve(): what it sends', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/programme.ics', 'text/calendar; charset=utf-8'],
    ['/data/figures.csv', 'text/csv; charset=utf-8'],
    ['/data/figures.json', 'application/json; charset=utf-8'],
    ['/wasm/x.wasm', 'application/wasm'],
    ['/pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/social/x.png', 'image/png'],
    ['/changes.xml', 'text/xml; charset=utf-8'],
    ['/_astro/page.Cd34.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s with Content-Length and an ETag', async (path, type) => {
    const answer = await send(port, path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(answer.headers.etag).toBeTruthy();
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await send(port, '/figures/');
    const again = await send(port, '/figures/', { headers: { 'If-None-Match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
  });

  it('caches _astro/ files for a year and revalidates the rest', async () => {
    expect((await send(port, '/_astro/app.Ab12.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send(port, '/figures/')).headers['cache-control']).toBe('no-cache');
  });

  it('answers an unknown address with 404.html and status 404, also under a base', async () => {
    for (const [p, path] of [
      [port, '/no-such-page/'],
      [subPort, '/alliance-2023/no-such-page/'],
    ] as const) {
      const answer = await send(p, path);
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.body).toContain('Page not found');
    }
  });

  it('ignores a Range header rather than trusting it', async () => {
    const answer = await send(port, '/programme.ics', { headers: { Range: 'bytes=9-2' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});

describe('serve(): the headers of _headers', () => {
  it('sends the /* block with every answer, 404 pages included', async () => {
    for (const path of ['/', '/figures/', '/no-such-page/', '/programme.ics']) {
      const answer = await send(port, path);
      expect(answer.headers['content-security-policy'], path).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['referrer-policy'], path).toBe('no-referrer');
    }
  });

  it('lets a later block replace a header it detaches with "!", and merges the rest', async () => {
    const answer = await send(port, '/figures/x/embed/');
    expect(answer.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors *");
    expect(answer.headers['x-frame-options']).toBeUndefined();
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('matches :placeholders to one segment only', async () => {
    expect((await send(port, '/data/figures.csv')).headers['access-control-allow-origin']).toBe('*');
    expect((await send(port, '/data/figures/x.json')).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('matches patterns against the path under the base', async () => {
    const answer = await send(subPort, '/alliance-2023/figures/x/embed/');
    expect(answer.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors *");
  });
});
