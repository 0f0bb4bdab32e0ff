import type { FIGURE_TOPICS } from '../schemas/figure';

/** Headings for the figure topics, in the order of FIGURE_TOPICS. */
export const TOPIC_LABELS: Record<(typeof FIGURE_TOPICS)[number], string> = {
  scale: 'Scale',
  children: 'Children',
  identification: 'Identification of victims',
  profits: 'Profits',
  'osce-response': 'The OSCE response',
};
