// The search page's switch for the "/" shortcut. Shown only with JavaScript (the shortcut needs it
// anyway); the choice is kept in the browser only when the reader turns the shortcut off.
import { SHORTCUT_OFF, SHORTCUT_STORAGE_KEY, shortcutEnabled, shortcutToggleLabel } from '../../lib/shortcut-preference';

export function setUpShortcutToggle(
  button: HTMLButtonElement,
  status: HTMLElement,
  words: { off: string; on: string; turnedOff: string; turnedOn: string },
): void {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return; // Storage blocked: the shortcut stays on and no switch is offered.
  }
  const render = () => {
    const enabled = shortcutEnabled(storage.getItem(SHORTCUT_STORAGE_KEY));
    button.textContent = shortcutToggleLabel(enabled, words);
    button.setAttribute('aria-pressed', String(!enabled));
  };
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const enabled = shortcutEnabled(storage.getItem(SHORTCUT_STORAGE_KEY));
    if (enabled) storage.setItem(SHORTCUT_STORAGE_KEY, SHORTCUT_OFF);
    else storage.removeItem(SHORTCUT_STORAGE_KEY);
    render();
    status.textContent = enabled ? words.turnedOff : words.turnedOn;
  });
}
