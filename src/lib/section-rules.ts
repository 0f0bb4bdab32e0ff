/**
 * Every section page has its file in content/sections/, with the parts the page shows and nothing it
 * does not; the words every page shares are in content/site.yaml.
 */
import type { ContentProblem } from './content-errors';
import { asList, asRecord, asString, entriesOf, listWords, type EntriesRule, type PlainEntry } from './content-entry';
import { isSectionId, SECTION_PAGES, SECTIONS_FOLDER, type PartField, type SectionPage } from './section-pages';
import { SITE_SECTIONS } from './sections';

const LISTED: ReadonlySet<string> = new Set(SITE_SECTIONS.map((s) => s.id));

const PART_FIELD_WORDS: Record<PartField, string> = { heading: 'a heading', text: 'a text', links: 'links' };
const partFieldsIn = (fields: readonly PartField[]) => listWords([...fields]);

function partProblems(entry: PlainEntry, page: SectionPage): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (field: string, message: string) => problems.push({ file: entry.file, field, message });
  const expected = Object.keys(page.parts);
  const seen = new Set<string>();
  asList(entry.data.parts).forEach((raw, i) => {
    const part = asRecord(raw);
    const id = asString(part.id);
    if (id === undefined) return;
    const shows = page.parts[id]?.shows;
    if (!shows) {
      at(
        `parts[${i + 1}].id`,
        expected.length > 0
          ? `"${id}" is not a part of this page: its parts are ${listWords(expected)}`
          : `"${id}" is not a part of this page: it has no parts, so remove "parts"`,
      );
      return;
    }
    if (seen.has(id)) at(`parts[${i + 1}].id`, `"${id}" is used twice: keep one of the two parts`);
    seen.add(id);
    for (const field of ['heading', 'text', 'links'] as const) {
      const given = field === 'links' ? asList(part.links).length > 0 : asString(part[field]) !== undefined;
      if (shows.includes(field) && !given) {
        at(`parts[${i + 1}].${field}`, `the part "${id}" needs ${PART_FIELD_WORDS[field]}: the page shows it`);
      } else if (!shows.includes(field) && given) {
        at(`parts[${i + 1}].${field}`, `the page shows no ${field} for the part "${id}" (only ${partFieldsIn(shows)}): remove it`);
      }
    }
  });
  for (const id of expected) {
    if (!seen.has(id)) at('parts', `the page needs a part with id "${id}", with ${partFieldsIn(page.parts[id]!.shows)}: add it`);
  }
  if (!LISTED.has(entry.id) && asString(entry.data.summary) !== undefined) {
    at('summary', `the home page shows a summary for its sections only (${listWords([...LISTED])}): remove it`);
  }
  if (!page.searches && asList(entry.data.searches).length > 0) {
    at('searches', 'only the search page shows searches to try: remove them');
  }
  return problems;
}

export const sectionRule: EntriesRule = (content) => {
  const entries = entriesOf(content, 'sections');
  const problems = entries.flatMap((entry): ContentProblem[] =>
    isSectionId(entry.id)
      ? partProblems(entry, SECTION_PAGES[entry.id])
      : [
          {
            file: entry.file,
            field: '',
            message: `is not a section page: the section pages are ${listWords(Object.keys(SECTION_PAGES))}. A page of its own goes in content/pages/`,
          },
        ],
  );
  const present = new Set(entries.map((e) => e.id));
  for (const [id, page] of Object.entries(SECTION_PAGES)) {
    if (!present.has(id)) {
      problems.push({
        file: `${SECTIONS_FOLDER}/${id}.md`,
        field: '',
        message: `is missing: the page ${page.address} takes its title, description and introduction from it`,
      });
    }
  }
  return problems;
};

export const siteRule: EntriesRule = (content) =>
  entriesOf(content, 'site').length > 0
    ? []
    : [
        {
          file: 'content/site.yaml',
          field: '',
          message: 'is missing: every page takes its footer and the wording of the conference status from it',
        },
      ];
