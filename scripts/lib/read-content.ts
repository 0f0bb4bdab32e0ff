// Reads content/ straight from disk (no Astro), validates every file against the schemas in
// src/schemas and returns the problems, so that `npm run check` answers in a second or two.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schemas';
import { problemsFromIssues, type ContentProblem } from '../../src/lib/content-errors';
import { checkReferences } from '../../src/lib/references';

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

function yamlProblem(file: string, error: unknown): ContentProblem {
  if (error instanceof YAMLParseError) {
    const line = error.linePos?.[0];
    const where = line ? ` at line ${line.line}, column ${line.col}` : '';
    const reason = error.message.split('\n')[0] ?? error.message;
    return {
      file,
      field: '',
      message: `the YAML is not valid${where}: ${reason}. Check indentation, colons and quotes around text that contains a colon`,
    };
  }
  return { file, field: '', message: `could not be read: ${String(error)}` };
}

/** Splits a Markdown/MDX file into its YAML frontmatter and body; YAML files are all data. */
function splitFile(text: string, isYaml: boolean): { yaml: string; body: string; yamlLineOffset: number } | null {
  if (isYaml) return { yaml: text, body: '', yamlLineOffset: 0 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '', yamlLineOffset: 1 } : null;
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

  for (const path of files) {
    const file = relative(root, path).split('\\').join('/');
    const isYaml = /\.ya?ml$/.test(path);
    const parts = splitFile(readFileSync(path, 'utf8'), isYaml);
    if (!parts) {
      problems.push({ file, field: '', message: 'must start with a frontmatter block between two lines of three dashes (---)' });
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(parts.yaml) ?? {};
    } catch (error) {
      problems.push(yamlProblem(file, error));
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
      const where = isList ? `${file} (entry "${item.id}")` : file;
      if (isList && seen.has(item.id)) {
        problems.push({ file: where, field: 'id', message: `"${item.id}" is used twice: every entry needs its own id` });
      }
      seen.add(item.id);
      const result = spec.schema.safeParse(item.data);
      if (result.success) entries.push({ id: item.id, file, data: result.data as Record<string, unknown>, body: parts.body });
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
  const problems = names.flatMap((n) => read[n].problems);
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
    );
  }
  const counts = Object.fromEntries(names.map((n) => [n, read[n].entries.length]));
  return { problems, counts };
}
