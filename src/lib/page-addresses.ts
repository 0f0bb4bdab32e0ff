// Rules on the addresses the content makes: no page may take an address the site already has, and
// every route filled by content must be one the check knows how to fill.
import type { ContentRule } from './content-rules';
import { asTemplate } from './site-map';

/** A page whose address another route or page already has is never shown: say so. */
export const pageAddresses: ContentRule = ({ site }) =>
  site.conflicts.map(({ entry, address, takenBy }) => ({
    file: entry.where,
    field: '',
    message: takenBy.startsWith('src/pages/')
      ? `its page would be ${address}, but the site's own page ${takenBy} has that address, so this file would never be shown: give the file another name`
      : `its page would be ${address}, which ${takenBy} already has: give one of the two files another name`,
  }));

/** A route with a [param] must be named in `pages` of the collection that fills it. */
export const knownRoutes: ContentRule = ({ site }) =>
  site.unknownRoutes.map((route) => ({
    file: route.file,
    field: '',
    message: `the content check cannot tell which pages this route makes: add "${asTemplate(route.pattern)}" to \`pages\` of the collection that fills it, in src/schemas/index.ts`,
  }));
