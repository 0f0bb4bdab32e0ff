// What a figure's page shows beside the figure itself: its topic, related figures, the notes on sources
// that disagree with it (with the other figures they name), its charts, corrections and share image.
import { correctionsOf } from './corrections';
import { chartsOf } from './charts';
import { getDisagreements, getTopics, type Figure } from './site';
import { figureCardImage } from './social-cards';
import { figuresById } from './texts';
import { disagreementsFor } from '../lib/figure-disagreements';

export async function figurePage(figure: Figure) {
  const f = figure.data;
  const [byId, charts, topics, notes, corrections, card] = await Promise.all([
    figuresById(),
    chartsOf(figure.id),
    getTopics(),
    getDisagreements(),
    correctionsOf('figure', figure.id),
    figureCardImage(figure),
  ]);
  return {
    topic: topics.find((t) => t.id === f.topic)!,
    related: f.related.map((id) => byId.get(id)!),
    disagreements: disagreementsFor(figure.id, notes).map((d) => ({ ...d, others: d.others.map((id) => byId.get(id)!) })),
    charts,
    corrections,
    card,
  };
}

export type FigurePage = Awaited<ReturnType<typeof figurePage>>;
