/**
 * Text from content, made safe to lay out where no markup applies (an image, a one-line label):
 * characters that reorder or hide text without being seen are removed, and runs of whitespace
 * become one space.
 */

/**
 * C0 and C1 control characters (tab and line breaks are whitespace, handled below), the Arabic
 * letter mark, zero-width characters, left-to-right and right-to-left marks, bidirectional
 * embeddings, overrides and isolates, invisible operators and the byte-order mark.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function plainText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
