// The Atom feed of the corrections log: each entry's title, summary and why (the HTML the Markdown
// pipeline already made safe, with links made absolute), linked to its page's anchor.
import { getConference, getSection } from './site';
import { getLog } from './corrections';
import { publicUrl } from './links';
import { absoluteLinks } from '../lib/absolute-links';
import { atomFeed } from '../lib/atom-feed';
import { CHANGES_WORDS } from '../lib/changes-words';

export async function changesFeed(): Promise<string> {
  const [log, section, conference] = await Promise.all([getLog(), getSection('changes'), getConference()]);
  const page = publicUrl('/changes/');
  return atomFeed({
    id: page,
    title: `${CHANGES_WORDS.heading} · ${conference.shortName}`,
    subtitle: section.data.description,
    self: publicUrl('/changes.xml'),
    alternate: page,
    author: { name: conference.shortName, uri: publicUrl('/') },
    lang: 'en',
    emptyDate: conference.endDate,
    entries: log.map((e) => ({
      id: `${page}#${e.anchor}`,
      title: `${CHANGES_WORDS.kind[e.entry.data.kind]}: ${e.title}`,
      date: e.entry.data.date,
      link: publicUrl(`${e.path}#${e.anchor}`),
      summary: e.entry.data.summary,
      html: absoluteLinks(e.entry.rendered?.html ?? '', page),
    })),
  });
}
