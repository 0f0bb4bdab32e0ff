/**
 * How /figures/ and the topic pages share out the figures so that no page grows with their number:
 * /figures/ lists the first few of each topic (value, title, year) and links its topic page, which
 * shows all of them, a bounded number per page.
 */

/** Figures listed under each topic on /figures/; the rest are on the topic's pages. */
export const FIGURES_PER_TOPIC_ON_INDEX = 12;

/** Figures on one page of a topic; a topic with more has numbered pages. */
export const FIGURES_PER_TOPIC_PAGE = 50;

/** The figures in the order the site shows them: by their topic's place in content/topics.yaml, then `order`, then id. */
export function displayOrder<F extends { id: string; data: { topic?: string; order?: number } }>(
  figures: readonly F[],
  topicIds: readonly string[],
): F[] {
  const rank = new Map(topicIds.map((t, i) => [t, i]));
  const topicRank = (f: F) => rank.get(f.data.topic ?? '') ?? topicIds.length;
  return [...figures].sort(
    (a, b) => topicRank(a) - topicRank(b) || (a.data.order ?? 100) - (b.data.order ?? 100) || a.id.localeCompare(b.id),
  );
}

export interface TopicGroup<T, F> {
  topic: T;
  /** The figures shown for the topic, in order, at most `limit`. */
  shown: F[];
  /** How many figures the topic has in all. */
  total: number;
}

/**
 * The figures of each topic, in the order of the topics (figures keep their order), with at most
 * `limit` shown for each; topics without figures are left out.
 */
export function groupByTopic<T extends { id: string }, F>(
  topics: readonly T[],
  figures: readonly F[],
  topicOf: (f: F) => string,
  limit = Infinity,
): TopicGroup<T, F>[] {
  return topics
    .map((topic) => {
      const all = figures.filter((f) => topicOf(f) === topic.id);
      return { topic, shown: all.slice(0, limit), total: all.length };
    })
    .filter((g) => g.total > 0);
}

/** The address of page `n` (from 1) of a topic, root-relative: the first page has no number. */
export function topicPagePath(topicId: string, n = 1): string {
  return n <= 1 ? `/figures/topics/${topicId}/` : `/figures/topics/${topicId}/${n}/`;
}

/**
 * The page numbers a pagination bar shows: every page when there are few, otherwise the first, the
 * last and those within `radius` of the current one, with 'gap' where numbers are left out.
 */
export function pageWindow(current: number, last: number, radius = 2): (number | 'gap')[] {
  // A page alone between two shown ones is shown rather than replaced by a gap.
  const near = (n: number) => n === 1 || n === last || Math.abs(n - current) <= radius;
  const shown = [...Array(last).keys()].map((i) => i + 1).filter((n) => near(n) || (near(n - 1) && near(n + 1)));
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/**
 * The FIGURE_PAGES build setting: which figures get pages of their own (page, embed, share card).
 * Unset or "all": every figure. Otherwise ids separated by commas: those figures only, for builds
 * that measure the pages made from all figures (the scale test) without rendering a thousand alike.
 */
export function figuresWithPages<F extends { id: string }>(setting: string | undefined, figures: readonly F[]): F[] {
  if (setting === undefined || setting.trim() === 'all') return [...figures];
  const ids = setting
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const known = new Set(figures.map((f) => f.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new Error(
      `FIGURE_PAGES must be "all" or figure ids separated by commas; ${ids.length === 0 ? 'found none' : `no figure has the id ${unknown.map((id) => `"${id}"`).join(', ')}`}.`,
    );
  }
  const wanted = new Set(ids);
  return figures.filter((f) => wanted.has(f.id));
}
