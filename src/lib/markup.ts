/**
 * Escaping for text written into markup by hand (SVG files, snippets to paste): the five characters
 * that end text or a quoted attribute in XML and HTML become references, and characters XML 1.0
 * forbids outright (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) are dropped, since no
 * reference can stand for them.
 */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe as element content or a double- or single-quoted attribute value in XML, SVG and HTML. */
export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}
