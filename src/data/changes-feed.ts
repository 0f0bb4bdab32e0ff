// The Atom feed of the corrections log: each entry's title, summary and why (the HTML the Markdown
// pipeline already made safe, with links made absolute), linked to its page's anchor.
import { getConference } from './site';
import { getSection } from './texts';
import { getLog } from './corrections';
import { publicUrl } from './links';
import { absoluteLinks } from '../lib/absolute-links';
import { atomFeed } from '../lib/atom-feed';
import { fill } from '../lib/ui-format';
import { ui } from '../i18n';

export async function changesFeed(): Promise<string> {
  const [log, section, conference] = await Promise.all([getLog(), getSection('changes'), getConference()]);
  const page = publicUrl('/changes/');
  return atomFeed({
    id: page,
    title: fill(ui.changes.feedTitle, { heading: ui.changes.heading, site: conference.shortName }),
    subtitle: section.description,
    self: publicUrl('/changes.xml'),
    alternate: page,
    author: { name: conference.shortName, uri: publicUrl('/') },
    lang: ui.lang,
    emptyDate: conference.endDate,
    entries: log.map((e) => ({
      id: `${page}#${e.anchor}`,
      title: fill(ui.changes.entryTitle, { kind: ui.changes.kind[e.entry.data.kind], title: e.title }),
      date: e.entry.data.date,
      link: publicUrl(`${e.path}#${e.anchor}`),
      summary: e.entry.data.summary,
      html: absoluteLinks(e.entry.rendered?.html ?? '', page),
    })),
  });
}
