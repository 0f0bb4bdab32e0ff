import type { ZodIssue } from 'astro/zod';

/** One problem in one content file, in words an editor can act on. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. content/figures/<id>.md. */
  file: string;
  /** Field path, e.g. source.url or sources[2].title (list items count from 1); empty for the whole file. */
  field: string;
  message: string;
}

/** A field path as editors read it: list items count from 1, e.g. sources[2].url. */
export function fieldLabel(path: (string | number)[]): string {
  return path.reduce<string>(
    (label, key) => (typeof key === 'number' ? `${label}[${key + 1}]` : label ? `${label}.${key}` : key),
    '',
  );
}

const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? 'an invalid date' : d.toISOString().slice(0, 10));

/** What was found, quoted and shortened, in words. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (value instanceof Date) return `${isoDay(value)} without quotes`;
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
      if (found instanceof Date) {
        return `"${label}" must be in double quotes, such as ${label.replace(/^.*\./, '')}: "${isoDay(found)}"`;
      }
      return ours ?? `"${label}" must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.type === 'string' && !ours) return `"${label}" must not be empty: write some text, or delete the line if the field is optional`;
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
    const quoted = (typeof found === 'string' || typeof found === 'number') && (message.includes(`"${found}"`) || message.includes(`(${found})`));
    if (found !== undefined && found !== null && found !== '' && !quoted) message = `${message}; found ${describe(found)}`;
    return [{ file, field, message }];
  });
}

/** The most common YAML slips, by the `yaml` parser's error code, with the fix. */
const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'a value contains a colon followed by a space, or a line is indented further than the field above it. Put such a value in double quotes, or line the field up with the others',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines: check for a missing colon or an unclosed quote above',
  BAD_INDENT: 'the fields of one block must start at the same column: check the indentation (spaces only)',
  DUPLICATE_KEY: 'this field appears twice in the file: keep one of them',
  MISSING_CHAR: 'a quotation mark or bracket is opened but not closed',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves (such as @, `, %, * or &): put the value in double quotes',
  UNEXPECTED_TOKEN: 'something here does not fit the list or block around it: check the indentation and the "- " of list items',
};

/**
 * A YAML syntax error as an editor can fix it: the line in the file, that line's text, and what to do.
 * `line` counts from 1 in the whole file; `text` is that line.
 */
export function yamlSyntaxProblem(file: string, error: { code?: string; line?: number; text?: string }): ContentProblem {
  const hint = (error.code && YAML_HINTS[error.code]) ?? 'check the indentation, the colons, and the quotes around text that contains a colon';
  const at = error.line ? ` at line ${error.line}` : '';
  const shown = error.text?.trim() ? `; found ${describe(error.text.trim())}` : '';
  const kv = /^\s*([\w.-]+):\s+(.+?)\s*$/.exec(error.text ?? '');
  const quoteExample =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' && kv && !kv[2]!.startsWith('"')
      ? ` (e.g. ${kv[1]}: "${kv[2]!.replace(/"/g, '\\"')}")`
      : '';
  return { file, field: '', message: `the YAML is not valid${at}: ${hint}${quoteExample}${shown}` };
}

/** The one-line form used by the build and by `npm run check`. */
export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** An error whose message lists every problem, one per line, ready to stop the build. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
