import type { EntriesRule } from '../lib/content-entry';
import type { ContentRule } from '../lib/content-rules';
import { chartRule } from '../lib/chart-rules';
import { correctionRule } from '../lib/correction-rules';
import { disagreementRule } from '../lib/disagreement-rules';
import { bodyMarkup, hiddenCharacters } from '../lib/entry-rules';
import { internalLinks } from '../lib/internal-links';
import { mdxUsage } from '../lib/mdx-usage';
import { knownRoutes, pageAddresses } from '../lib/page-addresses';
import { conferenceRecord, relatedFigures, sessionDays, sessionPeople, sessionRooms } from '../lib/references';
import { sectionRule, siteRule } from '../lib/section-rules';
import { formatRule, topicRule } from '../lib/taxonomy-rules';
import { textRule } from '../lib/text-rules';
import { unreadFiles } from '../lib/unread-files';

/** A rule that needs only the entries (src/lib/content-entry.ts), as a rule of the check. */
const onEntries =
  (rule: EntriesRule): ContentRule =>
  ({ entries }) =>
    rule(entries);

/**
 * The rules of the content check, run in this order after every file has been read and checked
 * against its schema. `npm run check`, `astro build` and `astro dev` all run this list, on every
 * entry, valid or not (an entry that fails its schema keeps the fields that are valid on their own).
 * A rule is a pure function in src/lib/: a ContentRule (content-rules.ts) takes the entries by
 * collection, the site's addresses and anchors, and the files under content/; an EntriesRule
 * (content-entry.ts) the entries alone. Add a new rule here, with its unit test and a fixture in
 * tests/fixtures/broken/.
 */
export const RULES: ContentRule[] = [
  conferenceRecord,
  relatedFigures,
  sessionPeople,
  sessionDays,
  sessionRooms,
  onEntries(topicRule),
  onEntries(formatRule),
  onEntries(chartRule),
  onEntries(disagreementRule),
  onEntries(textRule),
  onEntries(sectionRule),
  onEntries(siteRule),
  onEntries(correctionRule),
  hiddenCharacters,
  bodyMarkup,
  mdxUsage,
  internalLinks,
  pageAddresses,
  knownRoutes,
  unreadFiles,
];
