/**
 * The "/" search shortcut can be turned off (WCAG 2.2, 2.1.4 Character Key Shortcuts: speech-input
 * users can trigger single-key shortcuts by accident). The only thing the site ever stores in the
 * browser is this one choice, and only after the reader makes it; turning the shortcut back on
 * removes it again.
 */
export const SHORTCUT_STORAGE_KEY = 'slash-shortcut';
export const SHORTCUT_OFF = 'off';

/** Whether "/" should focus the search, given the stored value (null when nothing is stored). */
export function shortcutEnabled(stored: string | null): boolean {
  return stored !== SHORTCUT_OFF;
}

/** The toggle's label for the current state, from the page's words for "turn off" and "turn on". */
export function shortcutToggleLabel(enabled: boolean, words: { off: string; on: string }): string {
  return enabled ? words.off : words.on;
}
