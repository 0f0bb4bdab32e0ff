import type { ZodIssue } from 'astro/zod';

/** One problem in one content file, in words an editor can act on. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. content/figures/forced-labour-2021.md. */
  file: string;
  /** Dotted field path, e.g. source.url; empty for the whole file. */
  field: string;
  message: string;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
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

/** Turns Zod's issues for one file into problems naming the file, the field, what was found and the fix. */
export function problemsFromIssues(file: string, issues: ZodIssue[], data: unknown): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: [...issue.path, key].join('.'),
        message: `"${[...issue.path, key].join('.')}" is not a field here: check its spelling, or remove it`,
      }));
    }
    const field = issue.path.join('.');
    const found = valueAt(data, issue.path);
    const missing = found === undefined;
    let message = issue.message;
    if (issue.code === 'invalid_type' && missing) {
      message = message.startsWith('"') ? message : `"${field}" is required`;
    } else if (!missing) {
      message = `${message}; found ${describe(found)}`;
    }
    return [{ file, field, message }];
  });
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
