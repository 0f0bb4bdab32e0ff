// The interface strings of the site's language. The site is in English; a second language would add
// its own file beside en.ts (typed UiStrings) and choose it here, e.g. from a build setting.
import { en, type UiStrings } from './en';

export const ui: UiStrings = en;
export type { UiStrings };
