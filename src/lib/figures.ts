import type { FIGURE_TOPICS, FIGURE_UNITS } from '../schemas/figure';

type Topic = (typeof FIGURE_TOPICS)[number];
type Unit = (typeof FIGURE_UNITS)[number];

/** Headings for the figure topics, in the order of FIGURE_TOPICS. */
export const TOPIC_LABELS: Record<Topic, string> = {
  scale: 'Scale',
  children: 'Children',
  identification: 'Identification of victims',
  profits: 'Profits',
  'osce-response': 'The OSCE response',
};

/** One or two sentences under each topic heading on /figures/: what the figures there are, and are not. */
export const TOPIC_INTROS: Record<Topic, string> = {
  scale:
    'How many people are in forced labour and forced marriage worldwide. These are estimates modelled from national surveys, not counts of known victims, and they measure forced labour, which the OSCE treats as trafficking.',
  children:
    'How many victims are children. Two kinds of data give different answers: the share of children among victims that authorities detected, and the estimate of children in forced labour.',
  identification:
    'How many victims authorities identify and how many cases reach court, as governments report them. Set against the global estimates, they show how few victims come to light.',
  profits:
    'What forced labour earns those who impose it: the ILO’s estimates of illegal profits from forced labour in the private economy, which the OSCE calls traffickers’ profits.',
  'osce-response':
    'The OSCE’s own numbers: its participating States, and the comparison it drew between illegal profits and the size of their economies.',
};

const decimals = (n: number) => String(Number(n.toFixed(2)));
const grouped = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** A value written the way the figures write theirs: "27.5 million", "US$150.2 billion", "100%", "5,260". */
export function formatAmount(value: number, unit: Unit): string {
  const size = (v: number) =>
    Math.abs(v) >= 1e9 ? `${decimals(v / 1e9)} billion` : Math.abs(v) >= 1e6 ? `${decimals(v / 1e6)} million` : grouped(v);
  switch (unit) {
    case 'usd':
      return `US$${size(value)}`;
    case 'percent':
      return `${decimals(value)}%`;
    case 'per-1000':
      return `${decimals(value)} per 1,000`;
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
