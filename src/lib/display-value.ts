// A figure's `display` ("27.6 million", "US$84 billion", "over 90,000", "0.42%") and its `value` must
// be the same number, to the precision the display shows: a slip in either (value: 424.242 for
// "424,242") would put a wrong number in the open data or on the page.

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };

/** The first number a display writes, in full, with the step its last digit stands for. */
export function displayedNumber(display: string): { value: number; step: number } | undefined {
  const m = /([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|trillion|bn|m|k)\b)?/i.exec(display);
  if (!m) return undefined;
  const scale = m[4] ? SCALES[m[4].toLowerCase()]! : 1;
  const decimals = m[3]?.length ?? 0;
  const value = (m[1] ? -1 : 1) * Number(`${m[2]!.replace(/,/g, '')}.${m[3] ?? '0'}`) * scale;
  return { value: Number(value.toPrecision(15)), step: Number((10 ** -decimals * scale).toPrecision(15)) };
}

/**
 * Undefined when `display` shows `value` (rounded as the display rounds it), or when it shows no
 * number in digits; otherwise the message for the editor.
 */
export function displayMismatch(value: number, display: string): string | undefined {
  const shown = displayedNumber(display);
  if (!shown || Math.abs(value - shown.value) <= shown.step / 2 + 1e-9 * Math.abs(shown.value)) return undefined;
  return `"display" shows ${display.trim()} but "value" is ${value}: write "value" as that number in full (${shown.value} for "${display.trim()}"), or correct "display"`;
}
