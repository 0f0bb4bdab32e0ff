import type { ZodIssue } from 'astro/zod';

/** One problem in one content file, in words an editor can act on. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. content/figures/<id>.md. */
  file: string;
  /** Field path, e.g. source.url or sources[2].title (list items count from 1); empty for the whole file. */
  field: string;
  message: string;
  /** Line in the file, counted from 1, for a problem in the text rather than in a field. */
  line?: number;
}

/**
 * A date YAML would read without quotes (day: 2023-4-18), kept as the editor wrote it so that a message
 * can quote it exactly. Content files are read with this in place of YAML's own dates.
 */
export class UnquotedDate {
  constructor(readonly text: string) {}
  /** The date written as the schemas want it: 2023-4-18 → 2023-04-18. */
  get padded(): string {
    return this.text.replace(
      /^(\d{4})-(\d{1,2})-(\d{1,2}).*$/,
      (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    );
  }
}

/** A field path as editors read it: list items count from 1, e.g. sources[2].url. */
export function fieldLabel(path: (string | number)[]): string {
  return path.reduce<string>((label, key) => (typeof key === 'number' ? `${label}[${key + 1}]` : label ? `${label}.${key}` : key), '');
}

/** What was found, quoted and shortened, in words. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value instanceof UnquotedDate) return `${value.text} without quotes`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a block of fields';
  return String(value);
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** What a value of each Zod type looks like, for fields whose schema gives no message of its own. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number written in digits, such as 12 (no quotes)',
  integer: 'a whole number written in digits, such as 12',
  boolean: 'true or false (no quotes)',
  array: 'a list, such as [first, second], or one "- item" per indented line',
  object: 'a block of fields, each on its own indented line',
};

/** Our schema messages start with the quoted field name; Zod's built-in ones do not. */
const isOurs = (message: string) => message.startsWith('"');

/**
 * The message for one issue, with the field named as the editor sees it. A schema shared by several
 * places (a source in `source` or in `sources`) names its field one way: the real path replaces it.
 */
function messageFor(issue: ZodIssue, label: string, found: unknown): string {
  const ours = isOurs(issue.message) ? issue.message.replace(/^"[^"]*"/, `"${label}"`) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return ours ?? `"${label}" is required`;
      if (found === null) return `"${label}" has no value: write it after the colon, or delete the line if the field is optional`;
      if (found instanceof UnquotedDate) {
        return `"${label}" must be in double quotes, such as ${label.replace(/^.*\./, '')}: "${found.padded}"`;
      }
      return ours ?? `"${label}" must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.type === 'string' && !ours)
        return `"${label}" must not be empty: write some text, or delete the line if the field is optional`;
      return ours ?? `"${label}" must be at least ${issue.minimum}`;
    case 'invalid_enum_value':
      return ours ?? `"${label}" must be one of: ${issue.options.join(', ')}`;
    case 'invalid_literal':
      return ours ?? `"${label}" must be exactly ${String(issue.expected)}`;
    default:
      return ours ?? `"${label}": ${issue.message}`;
  }
}

/** Turns Zod's issues for one file into problems naming the file, the field, what was found and the fix. */
export function problemsFromIssues(file: string, issues: ZodIssue[], data: unknown): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const label = fieldLabel([...issue.path, key]);
        return { file, field: label, message: `"${label}" is not a field here: check its spelling, or remove it` };
      });
    }
    const field = fieldLabel(issue.path);
    const found = valueAt(data, issue.path);
    let message = messageFor(issue, field, found);
    // Say what was found, unless there was nothing or the message already quotes it.
    const quoted =
      (typeof found === 'string' || typeof found === 'number') && (message.includes(`"${found}"`) || message.includes(`(${found})`));
    if (found !== undefined && found !== null && found !== '' && !quoted) message = `${message}; found ${describe(found)}`;
    return [{ file, field, message }];
  });
}

/** The one-line form used by the build and by `npm run check`: file, line or field, message. */
export function formatProblem(p: ContentProblem): string {
  return [p.file, p.line ? `line ${p.line}` : '', p.field, p.message].filter(Boolean).join(': ');
}

/** "3 problems", "1 problem". */
export const problemCount = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

/** An error whose message lists every problem, one per line, ready to stop the build. */
export class ContentError extends Error {
  /** Astro prints it under the problems. */
  readonly hint =
    'Fix the files above; `npm run check` lists the same problems in seconds. docs/fields.md lists every field; CONTRIBUTING.md explains the messages.';
  constructor(readonly problems: ContentProblem[]) {
    super(`The content has ${problemCount(problems.length)} to fix:\n` + problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    // Where in the code the check stopped says nothing to an editor: Astro prints no stack trace for it.
    this.stack = '';
  }
}
