/**
 * The OSCE's own words for its headline figures, quoted from its 2023 blog, so that the home page can
 * set each claim beside the figure it rests on. Quotations only, verbatim; our figures say what they measure.
 */
export const CLAIM_SOURCE = {
  publisher: 'OSCE',
  title: 'Generating and harnessing political will to end human trafficking',
  year: 2023,
  url: 'https://www.osce.org/blog/541230',
} as const;

export const HEADLINE_CLAIMS: Readonly<Record<string, string>> = {
  'forced-labour-2021': 'estimated 27.6 million victims of human trafficking worldwide',
  'children-detected-share-2020': 'A third of them are children',
  'identified-share-2021': 'less than 1% of them are ever identified',
  'forced-labour-profits-2014': 'traffickers’ profits reach an estimated $150 billion a year',
  'economies-comparison-2023': 'higher than the national economies of 33 out of 57 OSCE participating States',
};
