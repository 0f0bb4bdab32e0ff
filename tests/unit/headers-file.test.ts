import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

const values = (text: string, path: string) =>
  Object.fromEntries([...headersFor(parseHeadersFile(text), path).values()].map((h) => [h.name, h.value]));

describe('_headers', () => {
  it('applies every matching block in order; a header set twice gets both values', () => {
    const text = '/*\n  Cache-Control: no-cache\n  X-A: 1\n/_astro/*\n  Cache-Control: immutable\n';
    expect(values(text, '/_astro/x.js')).toEqual({ 'Cache-Control': 'no-cache, immutable', 'X-A': '1' });
    expect(values(text, '/figures/')).toEqual({ 'Cache-Control': 'no-cache', 'X-A': '1' });
  });

  it('drops a header an earlier block set when a later one says "! Name"', () => {
    const text = '/*\n  X-Frame-Options: DENY\n/figures/*/embed/\n  ! X-Frame-Options\n';
    expect(values(text, '/figures/x/embed/')).toEqual({});
    expect(values(text, '/figures/x/')).toEqual({ 'X-Frame-Options': 'DENY' });
  });

  it('lets a splat cross segments and a placeholder match exactly one', () => {
    const text = '/figures/*/embed/\n  X-S: 1\n/speakers/:id/\n  X-P: 1\n';
    expect(values(text, '/figures/a/b/embed/')).toEqual({ 'X-S': '1' });
    expect(values(text, '/speakers/jane/')).toEqual({ 'X-P': '1' });
    expect(values(text, '/speakers/jane/x/')).toEqual({});
    expect(values(text, '/speakers//')).toEqual({});
  });

  it('treats the other characters of a pattern literally', () => {
    expect(values('/a.b/(x)+\n  X: 1\n', '/a.b/(x)+')).toEqual({ X: '1' });
    expect(values('/a.b/(x)+\n  X: 1\n', '/aXb/x')).toEqual({});
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('  X: 1\n')).toThrow('_headers line 1: "X: 1" comes before any path pattern');
    expect(() => parseHeadersFile('/*\n  no colon\n')).toThrow('_headers line 2: expected "Name: value"');
    expect(() => parseHeadersFile('figures\n')).toThrow('_headers line 1: a path pattern starts with "/"');
  });

  it('reads the repository file: every page gets the policy and no framing', () => {
    const text = readFileSync('public/_headers', 'utf8');
    const h = values(text, '/figures/forced-labour-2021/');
    expect(h['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    for (const page of ['/figures/topics/scale/', '/figures/topics/scale/2/', '/figures/topics/scale/2/index.html']) {
      expect(values(text, page)['Content-Security-Policy'], page).toMatch(/frame-ancestors 'none'/);
    }
  });
});
