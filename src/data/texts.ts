// The words of content/sections/ and content/site.yaml, ready for pages: values such as
// {conference.name} filled in, {figure-id} resolved to the figure's value (and link), titles and
// descriptions as plain text. Paragraphs with links stay as written, for <InlineText>.
import { getEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import { fillHtml, type HtmlResolvers } from '../lib/fill-html';
import { linkKind, plainText, type InlineResolvers, type PlainResolvers, type TextValueName } from '../lib/inline-text';
import { formatDateRange } from '../lib/format';
import { yearText } from '../lib/figure-year';
import { zoneDetail } from '../lib/programme';
import { SECTIONS_FOLDER, SECTION_PAGES, type SectionId } from '../lib/section-pages';
import type { ConferenceStatus } from '../lib/status';
import { fill } from '../lib/ui-format';
import { ui } from '../i18n';
import { url } from './links';
import { getArticles, getConference, getFigures, getSessions, getSpeakers, type Figure } from './site';

let values: Promise<Record<TextValueName, string>> | undefined;

/** What each {value.name} of a text becomes. */
export function textValues(): Promise<Record<TextValueName, string>> {
  values ??= (async () => {
    const [c, figures, articles, sessions, speakers] = await Promise.all([
      getConference(),
      getFigures(),
      getArticles(),
      getSessions(),
      getSpeakers(),
    ]);
    return {
      'conference.name': c.name,
      'conference.shortName': c.shortName,
      'conference.dates': formatDateRange(c.startDate, c.endDate),
      'conference.venue': c.venue.name,
      'conference.city': c.venue.city,
      'conference.country': c.venue.country,
      'conference.organiser': c.organiser,
      'conference.theme': c.theme,
      'conference.zone': zoneDetail(c.zoneName, c.utcOffset),
      'figures.count': String(figures.length),
      'articles.count': String(articles.length),
      'sessions.count': String(sessions.length),
      'speakers.count': String(speakers.length),
    };
  })();
  return values;
}

/** All figures by id. */
let byId: Promise<ReadonlyMap<string, Figure>> | undefined;

/** The figures by id, made once (every figure page and chart looks figures up). */
export function figuresById(): Promise<ReadonlyMap<string, Figure>> {
  byId ??= getFigures().then((all) => new Map(all.map((f) => [f.id, f])));
  return byId;
}

/** A figure as a text shows it: its value, its page and a tooltip. */
export const figureLink = (f: Figure) => ({
  display: f.data.display,
  href: url(`/figures/${f.id}/`),
  title: fill(ui.figure.linkTitle, { title: f.data.title, year: yearText(f.data.year, f.data.yearKind) }),
});

/** How references resolve, as plain text, as HTML and as the items <InlineText> renders. */
export async function textResolvers(): Promise<{ plain: PlainResolvers; html: HtmlResolvers; inline: InlineResolvers }> {
  const [byId, filled] = await Promise.all([figuresById(), textValues()]);
  const value = (name: string) => (Object.hasOwn(filled, name) ? filled[name as TextValueName] : undefined);
  const figure = (id: string) => (byId.has(id) ? figureLink(byId.get(id)!) : undefined);
  return {
    plain: { figure: (id) => byId.get(id)?.data.display, value },
    html: { figure, value },
    inline: { figure, value, link: linkAttributes },
  };
}

export async function inlineResolvers(): Promise<InlineResolvers> {
  return (await textResolvers()).inline;
}

/** A text as plain words: values filled in, figures as their value, links as their words. */
export async function plain(text: string): Promise<string> {
  return plainText(text, (await textResolvers()).plain);
}

export interface SectionLink {
  label: string;
  /** The address, with the site's base path where it is on this site. */
  href: string;
  /** rel="noopener noreferrer" for an address on another site. */
  rel?: string;
  /** A sentence under the link, with links and references as written (render with <InlineText>). */
  text?: string;
}

export interface SectionPart {
  /** The heading, or '' when the part has none. */
  heading: string;
  /** As written (render with <InlineText>), or '' when the part has none. */
  text: string;
  links: SectionLink[];
}

/** Where a link of a content file goes: this site's addresses get the base path, others' a rel. */
export function linkAttributes(link: string): { href: string; rel?: string } {
  const kind = linkKind(link);
  if (kind === 'external') return { href: link, rel: 'noopener noreferrer' };
  return { href: kind === 'internal' ? url(link) : link };
}

/** A section page's words, ready to render. */
export interface Section {
  /** The file the words come from, for "Last updated" and "Edit this page". */
  file: string;
  title: string;
  heading: string;
  description: string;
  /** The sentence under the section's link on the home page, as written (render with <InlineText>), or ''. */
  summary: string;
  /** The introduction as HTML, references filled in. */
  html: string;
  /** The page's parts by id (src/lib/section-pages.ts lists them). */
  parts: Record<string, SectionPart>;
  searches: string[];
}

/** The words of a section page, from content/sections/<id>.md. */
export async function getSection(id: SectionId): Promise<Section> {
  const entry = await getEntry('sections', id);
  const file = `${SECTIONS_FOLDER}/${id}.md`;
  if (!entry) {
    throw new ContentError([
      {
        file,
        field: '',
        message: `is missing: the page ${SECTION_PAGES[id].address} takes its title, description and introduction from it`,
      },
    ]);
  }
  const resolve = await textResolvers();
  const words = (text: string) => plainText(text, resolve.plain);
  const d = entry.data;
  const parts = Object.fromEntries(
    d.parts.map((p) => [
      p.id,
      {
        heading: words(p.heading ?? ''),
        text: p.text ?? '',
        links: p.links.map((l) => ({ label: words(l.label), ...linkAttributes(l.link), text: l.text })),
      },
    ]),
  );
  return {
    file: entry.filePath ?? file,
    title: words(d.title),
    heading: words(d.heading ?? d.title),
    description: words(d.description),
    summary: d.summary ?? '',
    html: fillHtml(entry.rendered?.html ?? '', resolve.html),
    parts,
    searches: d.searches,
  };
}

/** A part the page cannot do without; the content check makes sure each file has its parts. */
export function partOf(section: Section, id: string): SectionPart {
  const part = section.parts[id];
  if (!part) throw new ContentError([{ file: section.file, field: 'parts', message: `the page needs a part with id "${id}": add it` }]);
  return part;
}

async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry)
    throw new ContentError([
      {
        file: 'content/site.yaml',
        field: '',
        message: 'is missing: every page takes its footer and the wording of the conference status from it',
      },
    ]);
  return entry.data;
}

/** The sentence at the foot of every page, as written (render with <InlineText>). */
export async function footerText(): Promise<string> {
  return (await getSite()).footer;
}

/** The conference's status in a word or two (home page) and as a sentence (/conference/). */
export async function statusWording(status: ConferenceStatus): Promise<{ label: string; sentence: string }> {
  const { label, sentence } = (await getSite()).status[status];
  return { label: await plain(label), sentence: await plain(sentence ?? label) };
}
