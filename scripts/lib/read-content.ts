// Reads content/ straight from disk (no Astro), validates every file against the schemas in
// src/schemas and returns the problems, so that `npm run check` answers in a second or two.
import { readdirSync, readFileSync, existsSync, lstatSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';
import { problemsFromIssues, yamlSyntaxProblem, type ContentProblem } from '../../src/lib/content-errors';
import { checkReferences } from '../../src/lib/references';
import { checkEditorial } from '../../src/lib/editorial-rules';
import { correctionRule } from '../../src/lib/correction-rules';
import { hiddenCharacterProblems } from '../../src/lib/hidden-characters';
import { symlinkProblems } from '../../src/lib/symlinks';
import { findSymlinks } from './find-symlinks';
import { bodyMarkupProblems } from '../../src/lib/body-markup';

export interface Entry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, alts: string) => `(${alts.split(',').join('|')})`)
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`);
}

function yamlProblem(file: string, error: unknown, lines: string[], lineOffset: number): ContentProblem {
  if (error instanceof YAMLParseError) {
    const yamlLine = error.linePos?.[0]?.line;
    const line = yamlLine === undefined ? undefined : yamlLine + lineOffset;
    return yamlSyntaxProblem(file, { code: error.code, line, text: line === undefined ? undefined : lines[line - 1] });
  }
  return { file, field: '', message: `could not be read: ${String(error)}` };
}

const FRONTMATTER_HELP =
  'a line of three dashes (---), the fields (such as title: …), then another line of three dashes, then the text';

/**
 * Splits a Markdown/MDX file into its YAML frontmatter and body (YAML files are all data), or says
 * what is wrong with the frontmatter block.
 */
export function splitFile(text: string, isYaml: boolean): { yaml: string; body: string; yamlLineOffset: number } | { problem: string } {
  if (isYaml) return { yaml: text, body: '', yamlLineOffset: 0 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (match) return { yaml: match[1] ?? '', body: match[2] ?? '', yamlLineOffset: 1 };
  if (/^---[ \t]*\r?\n/.test(text)) {
    return { problem: 'the frontmatter block is not closed: add a line of three dashes (---) after the last field' };
  }
  return { problem: `must start with a frontmatter block: ${FRONTMATTER_HELP}` };
}

/** A file name that cannot serve as an id, with a suggestion; undefined when it is fine. */
function badFileName(name: string): string | undefined {
  const [, stem = '', ext = ''] = /^(.*?)(\.[^.]+)$/.exec(name) ?? [];
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem)) return undefined;
  const suggestion = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `the file name must be lower-case letters, digits and hyphens${suggestion ? `, such as ${suggestion}${ext}` : ''}: it is the page's address and the id other files use`;
}

export function readCollection(root: string, name: CollectionName): { entries: Entry[]; problems: ContentProblem[] } {
  const spec = COLLECTIONS[name];
  const entries: Entry[] = [];
  const problems: ContentProblem[] = [];
  const abs = join(root, spec.path);
  const files = 'pattern' in spec && spec.pattern
    ? existsSync(abs) && statSync(abs).isDirectory()
      ? readdirSync(abs).filter((f) => globToRegExp(spec.pattern!).test(f)).sort().map((f) => join(abs, f))
      : []
    : existsSync(abs) ? [abs] : [];

  const fileOfId = new Map<string, string>();
  for (const path of files) {
    const file = relative(root, path).split('\\').join('/');
    const isYaml = /\.ya?ml$/.test(path);
    if (lstatSync(path).isSymbolicLink()) continue; // reported as a symbolic link, never read
    const text = readFileSync(path, 'utf8');
    const parts = splitFile(text, isYaml);
    if ('problem' in parts) {
      problems.push({ file, field: '', message: parts.problem });
      continue;
    }
    const nameProblem = isYaml ? undefined : badFileName(file.replace(/^.*\//, ''));
    if (nameProblem) problems.push({ file, field: '', message: nameProblem });
    let raw: unknown;
    try {
      // Unquoted dates become dates, as in Astro's own YAML reader, so both report them alike.
      raw = parse(parts.yaml, { customTags: ['timestamp'] }) ?? {};
    } catch (error) {
      problems.push(yamlProblem(file, error, text.split(/\r?\n/), parts.yamlLineOffset));
      continue;
    }
    const isList = !('pattern' in spec && spec.pattern);
    const items: { id: string; data: unknown }[] = isList
      ? Array.isArray(raw)
        ? raw.map((item, i) => ({ id: String((item as { id?: unknown })?.id ?? `#${i + 1}`), data: item }))
        : []
      : [{ id: file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), data: raw }];
    if (isList && !Array.isArray(raw)) {
      problems.push({ file, field: '', message: 'must be a YAML list: each entry starts with "- id: …"' });
    }
    const seen = new Set<string>();
    for (const item of items) {
      const twin = isList ? undefined : fileOfId.get(item.id);
      if (twin) {
        problems.push({ file, field: '', message: `has the same name as ${twin}: keep one of the two files` });
      }
      fileOfId.set(item.id, file);
      const where = isList ? `${file} (entry "${item.id}")` : file;
      if (isList && seen.has(item.id)) {
        problems.push({ file: where, field: 'id', message: `"${item.id}" is used twice: every entry needs its own id` });
      }
      seen.add(item.id);
      const result = spec.schema.safeParse(item.data);
      if (result.success) {
        entries.push({ id: item.id, file, data: result.data as Record<string, unknown>, body: parts.body });
        problems.push(...hiddenCharacterProblems(where, result.data));
        if (!isYaml) {
          const firstLine = text.slice(0, text.length - parts.body.length).split('\n').length;
          problems.push(...bodyMarkupProblems(file, parts.body, { mdx: path.endsWith('.mdx'), firstLine }));
        }
      }
      else problems.push(...problemsFromIssues(where, result.error.issues, item.data));
    }
  }
  return { entries, problems };
}

/** Every problem in content/: schema errors first, then dangling cross-references. */
export function checkContent(root: string): { problems: ContentProblem[]; counts: Record<string, number> } {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const read = Object.fromEntries(names.map((n) => [n, readCollection(root, n)])) as Record<
    CollectionName,
    ReturnType<typeof readCollection>
  >;
  const problems = [...symlinkProblems(findSymlinks(root, ['content', 'public'])), ...names.flatMap((n) => read[n].problems)];
  const conference = read.conference.entries[0];
  if (!conference && read.conference.problems.length === 0) {
    problems.push({ file: 'content/conference.yaml', field: '', message: 'is missing: the site needs the conference record' });
  }
  if (problems.length === 0 && conference) {
    const d = conference.data as { startDate: string; endDate: string };
    problems.push(
      ...checkReferences({
        conference: { file: conference.file, startDate: d.startDate, endDate: d.endDate },
        figures: read.figures.entries.map((e) => ({ id: e.id, file: e.file, related: (e.data.related as string[]) ?? [] })),
        speakers: read.speakers.entries.map((e) => ({ id: e.id })),
        sessions: read.sessions.entries.map((e) => ({
          id: e.id,
          file: e.file,
          day: e.data.day as string,
          start: e.data.start as string | undefined,
          end: e.data.end as string | undefined,
          room: e.data.room as string | undefined,
          speakers: (e.data.speakers as string[]) ?? [],
          moderators: (e.data.moderators as string[]) ?? [],
        })),
        bodies: [...read.background.entries, ...read.pages.entries, ...read.figures.entries].map((e) => ({
          file: e.file,
          body: e.body,
        })),
      }),
      ...checkEditorial(Object.fromEntries(names.map((n) => [n, read[n].entries]))),
      ...correctionRule(Object.fromEntries(names.map((n) => [n, read[n].entries]))),
    );
  }
  const counts = Object.fromEntries(names.map((n) => [n, read[n].entries.length]));
  return { problems, counts };
}
