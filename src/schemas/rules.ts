import type { ContentRule } from '../lib/content-rules';
import { internalLinks } from '../lib/internal-links';
import { mdxUsage } from '../lib/mdx-usage';
import { knownRoutes, pageAddresses } from '../lib/page-addresses';
import { conferenceRecord, relatedFigures, sessionDays, sessionPeople, sessionRooms } from '../lib/references';
import { unreadFiles } from '../lib/unread-files';

/**
 * The rules across content files, run after every file has been checked against its schema, in this
 * order; `npm run check`, `astro build` and `astro dev` all run this list. A rule is a pure function
 * (src/lib/content-rules.ts) of every collection's entries, the site's addresses and the files under
 * content/; add a new one here.
 */
export const RULES: ContentRule[] = [
  conferenceRecord,
  relatedFigures,
  sessionPeople,
  sessionDays,
  sessionRooms,
  mdxUsage,
  internalLinks,
  pageAddresses,
  knownRoutes,
  unreadFiles,
];
