// The corrections log for pages and the feed: every entry with the page it belongs to (address,
// anchor, title), newest first.
import { getArticles, getCorrections, getFigures, getSessions, type Correction } from './site';
import { changeAnchor } from '../lib/anchors';
import { correctionTarget, sortCorrections, targetPath, type CorrectionTarget } from '../lib/corrections';

export interface LogEntry {
  entry: Correction;
  target: CorrectionTarget;
  /** The title of the page it belongs to. */
  title: string;
  /** The site path of that page, e.g. /figures/x/. */
  path: string;
  /** The id of the entry's element there and on /changes/. */
  anchor: string;
}

let log: Promise<LogEntry[]> | undefined;

/** Every entry, newest first (see sortCorrections). */
export function getLog(): Promise<LogEntry[]> {
  log ??= (async () => {
    const [corrections, figures, articles, sessions] = await Promise.all([getCorrections(), getFigures(), getArticles(), getSessions()]);
    const titles = {
      figure: new Map(figures.map((f) => [f.id, f.data.title])),
      article: new Map(articles.map((a) => [a.id, a.data.title])),
      session: new Map(sessions.map((s) => [s.id, s.data.title])),
    };
    const entries = corrections.map((entry): LogEntry => {
      const target = correctionTarget(entry.data);
      return {
        entry,
        target,
        title: titles[target.type].get(target.id) ?? target.id,
        path: targetPath(target),
        anchor: changeAnchor(entry.id),
      };
    });
    return sortCorrections(entries, (e) => ({ ...e.entry.data, id: e.entry.id, title: e.title }));
  })();
  return log;
}

/** The entries of one page, newest first. */
export async function correctionsOf(type: CorrectionTarget['type'], id: string): Promise<LogEntry[]> {
  return (await getLog()).filter((e) => e.target.type === type && e.target.id === id);
}
