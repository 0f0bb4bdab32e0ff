// Anchors that components put on pages from content, shared by the components and by the link check,
// so that a link such as /background/#action-plan-adopted is checked against what the page will have.

/** A milestone on the /background/ timeline: its id, e.g. action-plan-adopted. */
export const milestoneAnchor = (id: string) => id;

/** A topic's section on /figures/: topic-scale. */
export const topicAnchor = (topic: string) => `topic-${topic}`;

/** A figure's line on /figures/ (the first of each topic's): its id. */
export const figureCardAnchor = (id: string) => id;

/** The heading of a section or item whose anchor is `anchor`, which aria-labelledby and links name. */
export const titleAnchor = (anchor: string) => `${anchor}-title`;

/** A "Where sources differ" note on /figures/, /figures/differ/ and the pages of its figures: differs-<id>. */
export const disagreementAnchor = (id: string) => `differs-${id}`;

/** An entry of the corrections log, on the page it corrects and on /changes/: change-<file name>. */
export const changeAnchor = (entryId: string) => `change-${entryId}`;

/** The "Corrections and updates" section of a corrected page. */
export const CORRECTIONS_SECTION_ID = 'corrections';

/** The heading of one day's entries on /changes/: date-2026-11-30. */
export const changeDateAnchor = (date: string) => `date-${date}`;

/** A chart's heading, on its topic's page and on the pages of its figures: chart-<id>. */
export const chartAnchor = (id: string) => `chart-${id}`;
