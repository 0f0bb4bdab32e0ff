// Characters that change how text reads without being seen: bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) reorder what follows them, so a title can show "Vienna 2023" while
// it holds "3202 anneiV"; zero-width characters (U+200B–U+200D, U+2060, U+FEFF) split or join words
// invisibly, so two titles that look alike differ and a search misses one. None belongs in a title
// or a name; they travel from there into pages, the search index, CSV and calendars.
import { fieldLabel, type ContentProblem } from './content-errors';

const NAMES: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

const HIDDEN = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');
const BIDI_AND_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u001F\u007F-\u009F]/g;

/**
 * Fields that name or title something, wherever they sit: title, name, display, question, label,
 * heading, caption and any field ending in Title, Name or Label (officialTitle, shortName), and the
 * names of organisations, publishers, rooms and venues.
 */
export function isNameField(key: string): boolean {
  return (
    /^(title|name|display|question|label|heading|caption|publisher|organisation|organisations|organiser|room|role|reference)$/i.test(key) ||
    /(Title|Name|Label|Heading|Question)$/.test(key)
  );
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first hidden character in a text and where it is (counting characters from 1), or undefined. */
export function findHiddenCharacter(text: string): { char: string; position: number } | undefined {
  const at = [...text].findIndex((c) => HIDDEN.test(c));
  return at === -1 ? undefined : { char: [...text][at]!, position: at + 1 };
}

/**
 * Problems for every title-like or name-like field of one entry's data (nested blocks and lists
 * included) that holds a bidirectional control or a zero-width character, naming the field.
 */
export function hiddenCharacterProblems(file: string, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: (string | number)[], named: boolean) => {
    if (typeof value === 'string') {
      const found = named ? findHiddenCharacter(value) : undefined;
      if (found) {
        const label = fieldLabel(path);
        problems.push({
          file,
          field: label,
          message: `"${label}" holds an invisible ${codePoint(found.char)} ${NAMES[found.char]} at character ${found.position}: it changes how the text reads without being seen. Delete it (retype the words around it)`,
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i], named));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key], isNameField(key));
    }
  };
  visit(data, [], false);
  return problems;
}

/** Text for a plain-text place such as a document title: bidirectional controls and control characters removed, zero-width characters too. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(BIDI_AND_CONTROLS, '').replace(HIDDEN_ALL, '');
}

/** One line of plain text, for a place with no markup and no line breaks (an image, an attribute): hidden characters removed, each run of whitespace one space. */
export function plainLine(text: string): string {
  return withoutHiddenCharacters(text.replace(/\s+/g, ' ')).trim();
}
