/**
 * Where sources disagree, or the OSCE's wording differs from a source's (content/disagreements.yaml):
 * each figure involved shows the note and links the others, so no figure is quoted without the one
 * that qualifies it.
 */
import type { DisagreementData } from '../schemas/disagreement';

/** The notes a figure is part of, each with the other figures to link. */
export function disagreementsFor<D extends Pick<DisagreementData, 'figures'>>(
  figureId: string,
  all: readonly D[],
): (D & { others: string[] })[] {
  return all.filter((d) => d.figures.includes(figureId)).map((d) => ({ ...d, others: d.figures.filter((id) => id !== figureId) }));
}
