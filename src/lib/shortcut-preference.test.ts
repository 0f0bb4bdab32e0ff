import { describe, expect, it } from 'vitest';
import { shortcutEnabled, shortcutToggleLabel, SHORTCUT_OFF } from './shortcut-preference';
import { en } from '../i18n/en';

describe('shortcut preference', () => {
  it('is on unless the reader turned it off', () => {
    expect(shortcutEnabled(null)).toBe(true);
    expect(shortcutEnabled('on')).toBe(true);
    expect(shortcutEnabled(SHORTCUT_OFF)).toBe(false);
  });
  it('labels the toggle with what pressing it will do', () => {
    const words = { off: en.search.shortcutOff, on: en.search.shortcutOn };
    expect(shortcutToggleLabel(true, words)).toBe('Turn off the / shortcut');
    expect(shortcutToggleLabel(false, words)).toBe('Turn on the / shortcut');
  });
});
