/**
 * Where sources disagree, or the OSCE's wording differs from the source's: each figure involved shows
 * the note and links the others, so no figure is quoted without the one that qualifies it.
 */
export interface Disagreement {
  /** Stable anchor (#differs-<id>) on the figure pages and /figures/. */
  id: string;
  question: string;
  /** Our explanation, in plain words; {figure-id} shows that figure's value, linked. */
  text: string;
  figures: string[];
}

export const DISAGREEMENTS: readonly Disagreement[] = [
  {
    id: 'children-share',
    question: 'Are a third of victims children?',
    text: 'The OSCE’s 2023 blog says a third of the {forced-labour-2021} are children. That joins two sources that measure different things. UNODC counts the victims that authorities detected: {children-detected-share-2020} of them were children in 2020. The ILO, Walk Free and IOM estimate {children-forced-labour-2021} children in forced labour, almost 1 in 8 of the total. Quote each share with its own base.',
    figures: ['children-detected-share-2020', 'children-forced-labour-2021', 'children-detected-share-2022'],
  },
  {
    id: 'forced-labour-or-trafficking',
    question: 'Forced labour or trafficking?',
    text: 'The ILO’s estimates of people in forced labour and of the profits made from them measure forced labour, which includes labour imposed by states and situations that are not trafficking in law. The OSCE presents them as victims of human trafficking and traffickers’ profits. Counts of trafficking victims that authorities identified or detected are far smaller and come from case records.',
    figures: ['forced-labour-2021', 'forced-labour-profits-2014', 'forced-labour-profits-2021', 'victims-identified-2021', 'detected-victims-2022'],
  },
  {
    id: 'identified-share',
    question: 'Less than 1%: which year’s data?',
    text: 'With the data current at the conference ({victims-identified-2021} victims identified in 2021) the share is {identified-share-2021}; with the following year’s data ({victims-identified-2022} in 2022) it is {identified-share-2022}. Both are our calculations against the same estimate of {forced-labour-2021} people in forced labour, and both are well below the OSCE’s “less than 1%”.',
    figures: ['identified-share-2021', 'identified-share-2022'],
  },
];

/** The disagreements a figure is part of, each with the other figures to link. */
export function disagreementsFor(figureId: string, all: readonly Disagreement[] = DISAGREEMENTS) {
  return all
    .filter((d) => d.figures.includes(figureId))
    .map((d) => ({ ...d, others: d.figures.filter((id) => id !== figureId) }));
}
