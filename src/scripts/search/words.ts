// The words the search page's script says and shows, handed over by the page in its form's
// data-words attribute (from src/i18n), so that the script holds no text of its own.
import type { StatusWords } from '../../lib/search-status';

export interface SearchWords {
  locale: string;
  status: StatusWords & { failed: string; source: string };
  /** Each section filter's label, by its value in the index. */
  sections: Record<string, string>;
  shortcut: { off: string; on: string; turnedOff: string; turnedOn: string };
}

/** The words on `form`; a page without them is a build error, so this only guards against a broken page. */
export function readWords(form: HTMLElement): SearchWords {
  return JSON.parse(form.dataset.words ?? '{}') as SearchWords;
}
