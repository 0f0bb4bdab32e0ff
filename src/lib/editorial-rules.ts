/**
 * The reference rules for the editorial content (topics, session formats, charts, "Where sources
 * differ", section pages, the site's shared words): pure functions of the loaded entries, run by
 * `npm run check` and by the build alike.
 */
import type { ContentProblem } from './content-errors';
import type { ContentEntries, ContentRule } from './content-entry';
import { chartRule } from './chart-rules';
import { disagreementRule } from './disagreement-rules';
import { sectionRule, siteRule } from './section-rules';
import { formatRule, topicRule } from './taxonomy-rules';
import { textRule } from './text-rules';

export const EDITORIAL_RULES: readonly ContentRule[] = [topicRule, formatRule, chartRule, disagreementRule, textRule, sectionRule, siteRule];

/** Every problem the editorial rules find, in the order of the rules. */
export const checkEditorial = (content: ContentEntries): ContentProblem[] => EDITORIAL_RULES.flatMap((rule) => rule(content));
