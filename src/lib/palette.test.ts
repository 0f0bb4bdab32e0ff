import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { LIGHT_PALETTE } from './palette';

const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'global.css'), 'utf8');
const theme = /@theme\s*\{([^}]*)\}/.exec(css)![1]!;

describe('LIGHT_PALETTE', () => {
  it.each(Object.entries(LIGHT_PALETTE))('%s is the stylesheet’s --color-%s', (name, hex) => {
    expect(new RegExp(`--color-${name}:\\s*([^;]+);`).exec(theme)?.[1]?.trim().toLowerCase()).toBe(hex);
  });
  it('gives every text colour WCAG AA contrast (4.5:1) on paper, and paper on the accent', () => {
    for (const ink of [LIGHT_PALETTE.ink, LIGHT_PALETTE.muted, LIGHT_PALETTE.accent])
      expect(contrastRatio(ink, LIGHT_PALETTE.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(LIGHT_PALETTE.paper, LIGHT_PALETTE.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(LIGHT_PALETTE.paper, LIGHT_PALETTE.muted)).toBeGreaterThanOrEqual(4.5);
  });
});
