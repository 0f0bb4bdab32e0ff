import type { FIGURE_UNITS } from '../schemas/figure';
import { ui } from '../i18n';
import { fill } from './ui-format';

type Unit = (typeof FIGURE_UNITS)[number];

const decimals = (n: number) => String(Number(n.toFixed(2)));
const grouped = (n: number) => n.toLocaleString(ui.locale, { maximumFractionDigits: 2 });

/** A value written the way the figures write theirs: "27.5 million", "US$150.2 billion", "100%", "5,260". */
export function formatAmount(value: number, unit: Unit): string {
  const { numbers } = ui;
  const size = (v: number) =>
    Math.abs(v) >= 1e9
      ? fill(numbers.billion, { n: decimals(v / 1e9) })
      : Math.abs(v) >= 1e6
        ? fill(numbers.million, { n: decimals(v / 1e6) })
        : grouped(v);
  switch (unit) {
    case 'usd':
      return fill(numbers.usd, { n: size(value) });
    case 'percent':
      return fill(numbers.percent, { n: decimals(value) });
    case 'per-1000':
      return fill(numbers.perThousand, { n: decimals(value) });
    default:
      return size(value);
  }
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

/**
 * A publisher's name with each "Full Name (ABBR)" shortened to its abbreviation, for tight spaces:
 * "International Labour Organization (ILO), Walk Free and International Organization for Migration (IOM)"
 * → "ILO, Walk Free and IOM". A name is shortened only when its capitals spell the abbreviation.
 */
export function shortPublisher(publisher: string): string {
  let out = '';
  let last = 0;
  for (const m of publisher.matchAll(/\s*\(([A-Z]{2,})\)/g)) {
    const before = publisher.slice(last, m.index);
    // Try the nearest name boundary first, then earlier ones: "… and Co-operation in Europe (OSCE)".
    const starts = [0, ...[...before.matchAll(/, | and /g)].map((b) => b.index + b[0].length)].reverse();
    const start = starts.find((s) => initials(before.slice(s)) === m[1]);
    out += start === undefined ? publisher.slice(last, m.index + m[0].length) : before.slice(0, start) + m[1];
    last = m.index + m[0].length;
  }
  return out + publisher.slice(last);
}
