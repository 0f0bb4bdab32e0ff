/** What a source's link leads to, in words for readers: a full sentence for the figure page, a short tag beside a link. */
import type { SourceLink } from '../schemas/source';

/** One sentence per kind of link, for the figure page's Source section. */
export const SOURCE_LINK_TEXT: Record<SourceLink, string> = {
  publication: 'The publisher’s own page for this publication.',
  'press-release': 'The publisher’s press release on this publication, not the publication itself.',
  'launch-page': 'The publisher’s launch page for this publication, not the publication itself.',
  'series-page': 'The publisher’s page for the series this publication belongs to, not this edition.',
  'related-page': 'Another page of the publisher’s that records this, not the publication itself.',
  'secondary-copy': 'A copy on another website (secondary), not the publisher’s own page.',
  unconfirmed: 'An address on the publisher’s website that we could not confirm; if it does not open, search for the title.',
};

/** A few words beside a link, e.g. "(launch page)"; none for the publication's own page. */
export const SOURCE_LINK_TAG: Record<SourceLink, string | undefined> = {
  publication: undefined,
  'press-release': 'press release',
  'launch-page': 'launch page',
  'series-page': 'series page',
  'related-page': 'related page',
  'secondary-copy': 'secondary copy',
  unconfirmed: 'address not confirmed',
};
