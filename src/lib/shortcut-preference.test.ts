import { describe, expect, it } from 'vitest';
import { shortcutEnabled, shortcutToggleLabel, SHORTCUT_OFF } from './shortcut-preference';

describe('shortcut preference', () => {
  it('is on unless the reader turned it off', () => {
    expect(shortcutEnabled(null)).toBe(true);
    expect(shortcutEnabled('on')).toBe(true);
    expect(shortcutEnabled(SHORTCUT_OFF)).toBe(false);
  });
  it('labels the toggle with what pressing it will do', () => {
    expect(shortcutToggleLabel(true)).toBe('Turn off the / shortcut');
    expect(shortcutToggleLabel(false)).toBe('Turn on the / shortcut');
  });
});
