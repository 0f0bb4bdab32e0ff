/**
 * The interface words of the corrections log: headings, labels and link texts that the pages and the
 * feed repeat. The words of the log itself (the introduction of /changes/, each entry's summary and
 * why) are content, in content/sections/changes.md and content/corrections/.
 */
export const CHANGES_WORDS = {
  /** Heading of the section on a corrected page, and the feed's title. */
  heading: 'Corrections and updates',
  /** What an entry is, shown beside its date. */
  kind: { correction: 'Correction', update: 'Update' },
  /** The line at the top of a corrected page, before the date of its latest entry. */
  latest: { correction: 'Corrected on', update: 'Updated on' },
  /** What kind of page an entry on /changes/ belongs to. */
  target: { figure: 'Figure', article: 'Background article', session: 'Programme session' },
  /** Footer link to /changes/. */
  footer: 'Corrections',
  /** Title of the feed link in every page's head. */
  feedTitle: 'Corrections and updates (Atom feed)',
  /** Link text to an entry's page from /changes/. */
  readOnPage: 'On its page',
} as const;
