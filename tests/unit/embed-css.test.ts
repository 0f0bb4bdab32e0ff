// The embedded figure carries its own small stylesheet (src/styles/embed.css): its colours must be
// the site's, in light and in dark, so that the contrast the site's tests check holds there too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string) => readFileSync(new URL(`../../src/styles/${f}`, import.meta.url), 'utf8');
const vars = (block: string, prefix: string) =>
  new Map([...block.matchAll(new RegExp(`--${prefix}([a-z-]+):\\s*([^;]+);`, 'g'))].map((m) => [m[1]!, m[2]!.trim().toLowerCase()]));
const darkBlock = (css: string) => /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!;

const site = read('global.css');
const embed = read('embed.css');

describe('embed.css', () => {
  it('uses the site’s light colours', () => {
    const light = vars(/@theme\s*\{([^}]*)\}/.exec(site)![1]!, 'color-');
    const own = vars(/^:root\s*\{([^}]*)\}/m.exec(embed)![1]!, '');
    expect(own.size).toBeGreaterThanOrEqual(5);
    for (const [name, value] of own) expect(value, name).toBe(light.get(name));
  });
  it('uses the site’s dark colours', () => {
    const dark = vars(darkBlock(site), 'color-');
    const own = vars(darkBlock(embed), '');
    expect(own.size).toBeGreaterThanOrEqual(5);
    for (const [name, value] of own) expect(value, name).toBe(dark.get(name));
  });
});
