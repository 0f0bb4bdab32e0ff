// JSON inside HTML: a <script type="application/ld+json"> (or application/json) element ends at the
// first "</script", and "<!--" in it can swallow the rest of the page, whatever JSON's own quoting
// says. Content is untrusted, so every JSON that goes into a page is written through this helper.

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON.stringify for a <script> element or an HTML attribute: `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \u escapes, so no string in the data can close the element, open a comment or start a
 * character reference. JSON.parse reads the result back to the same value.
 */
export function jsonForScript(value: unknown, space?: number): string {
  const json = JSON.stringify(value, null, space);
  if (json === undefined) throw new TypeError('jsonForScript: the value cannot be written as JSON');
  return json.replace(UNSAFE, (c) => ESCAPES[c]!);
}
