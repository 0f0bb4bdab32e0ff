/** "Where sources differ" notes (content/disagreements.yaml) name the figures they appear beside: each must exist. */
import { asList, asString, entriesOf, placeOf, unknownFigure, type EntriesRule } from './content-entry';

export const disagreementRule: EntriesRule = (content) => {
  const figures = new Set(entriesOf(content, 'figures').map((f) => f.id));
  return entriesOf(content, 'disagreements').flatMap((note) =>
    asList(note.data.figures)
      .map(asString)
      .filter((id): id is string => id !== undefined && !figures.has(id))
      .map((id) => ({ file: placeOf(note, true), field: 'figures', message: unknownFigure(id) })),
  );
};
