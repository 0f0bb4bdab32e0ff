/**
 * Texts written in content files may name figures ({figure-id}), values the site fills in
 * ({conference.name}) and links ([words](/address/)): every figure must exist, every value must be
 * one the site knows, and every link must go to this site, an anchor or an https address.
 */
import type { ContentProblem } from './content-errors';
import { asList, asRecord, asString, entriesOf, placeOf, type ContentEntries, type EntriesRule, type PlainEntry } from './content-entry';
import { figureRefsIn, isTextValue, linkKind, linksIn, TEXT_VALUES, valueRefsIn } from './inline-text';

/** One text of one entry, with the field it is written in. */
export interface PlacedText {
  file: string;
  field: string;
  text: string;
  /** A Markdown body: its links are Markdown's, checked with the site's other links. */
  markdown?: boolean;
}

const STATUSES = ['upcoming', 'under-way', 'concluded'];

const fields = (entry: PlainEntry, inList: boolean, names: string[]): PlacedText[] =>
  names.flatMap((field) => {
    const text = asString(entry.data[field]);
    return text ? [{ file: placeOf(entry, inList), field, text }] : [];
  });

function sectionTexts(entry: PlainEntry): PlacedText[] {
  const file = entry.file;
  const texts = fields(entry, false, ['title', 'heading', 'description', 'summary']);
  asList(entry.data.parts).forEach((raw, i) => {
    const part = asRecord(raw);
    for (const key of ['heading', 'text']) {
      const text = asString(part[key]);
      if (text) texts.push({ file, field: `parts[${i + 1}].${key}`, text });
    }
    asList(part.links).forEach((rawLink, j) => {
      const link = asRecord(rawLink);
      for (const key of ['label', 'text']) {
        const text = asString(link[key]);
        if (text) texts.push({ file, field: `parts[${i + 1}].links[${j + 1}].${key}`, text });
      }
    });
  });
  if (entry.body?.trim()) texts.push({ file, field: 'introduction', text: entry.body, markdown: true });
  return texts;
}

function siteTexts(entry: PlainEntry): PlacedText[] {
  const texts = fields(entry, false, ['footer']);
  const status = asRecord(entry.data.status);
  for (const s of STATUSES) {
    for (const key of ['label', 'sentence']) {
      const text = asString(asRecord(status[s])[key]);
      if (text) texts.push({ file: entry.file, field: `status.${s}.${key}`, text });
    }
  }
  return texts;
}

/** Every text of the content that may hold references, with its place. */
export function textsOf(content: ContentEntries): PlacedText[] {
  return [
    ...entriesOf(content, 'charts').flatMap((e) => fields(e, true, ['title', 'summary', 'differenceNote'])),
    ...entriesOf(content, 'disagreements').flatMap((e) => fields(e, true, ['question', 'text'])),
    ...entriesOf(content, 'topics').flatMap((e) => fields(e, true, ['label', 'intro'])),
    ...entriesOf(content, 'sections').flatMap(sectionTexts),
    ...entriesOf(content, 'site').flatMap(siteTexts),
  ];
}

const VALUE_LIST = Object.keys(TEXT_VALUES)
  .map((n) => `{${n}}`)
  .join(', ');

/** The problems in one text: figures that do not exist, values the site does not know, links it refuses. */
export function textProblems(t: PlacedText, figures: ReadonlySet<string>): ContentProblem[] {
  const at = (message: string) => ({ file: t.file, field: t.field, message });
  return [
    ...figureRefsIn(t.text)
      .filter((id) => !figures.has(id))
      .map((id) =>
        at(`{${id}} names no figure: no file content/figures/${id}.md exists. Check the spelling, or use the id of an existing figure`),
      ),
    ...valueRefsIn(t.text)
      .filter((name) => !isTextValue(name))
      .map((name) => at(`{${name}} is not a value the site fills in: use one of ${VALUE_LIST}`)),
    ...(t.markdown ? [] : linksIn(t.text))
      .filter((l) => !linkKind(l.link))
      .map((l) =>
        at(
          `the link [${l.words}](${l.link}) must go to an address on this site starting with / (such as /glossary/), an anchor such as #timeline, or an address starting with https://`,
        ),
      ),
  ];
}

export const textRule: EntriesRule = (content) => {
  const figures = new Set(entriesOf(content, 'figures').map((f) => f.id));
  return textsOf(content).flatMap((t) => textProblems(t, figures));
};
