// `npm run check:corrections`: the figures of a base commit (git) against the working tree, and the
// entries of content/corrections/ that are new since that commit. Files are found and read as the
// content loader reads them (the collection table, collectionFiles, parseContentFile); the comparison
// itself is pure (src/lib/published-changes.ts). This module reads git and the files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../../src/lib/content-file';
import { figureChanges, reportLines, unrecorded, type FigureChange, type RawFigure } from '../../src/lib/published-changes';
import { collectionFiles } from '../../src/pipeline/read-collection';
import { COLLECTIONS, type CollectionSpec } from '../../src/schemas';

const FIGURES: CollectionSpec = COLLECTIONS.figures;
const CORRECTIONS: CollectionSpec = COLLECTIONS.corrections;

/** The base to compare with: the argument, else the pull request's base branch on origin, else origin/main. */
export function resolveBase(arg: string | undefined, env: Record<string, string | undefined>): string {
  if (arg) return arg;
  if (env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  return 'origin/main';
}

const git = (root: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });

/**
 * The frontmatter of a Markdown file as the loader reads it, before its schema: plain data, or
 * undefined when it cannot be read (`npm run check` reports that file).
 */
function frontmatter(text: string): RawFigure | undefined {
  const parsed = parseContentFile(text, 'markdown');
  if (!parsed.ok) return undefined;
  const { data } = parsed;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as RawFigure) : undefined;
}

/** The id of an entry file: its name without the ending, as the loader gives it. */
const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** True when `path` is an entry file of the collection: directly in its folder, with one of its endings. */
const entryFile = (spec: CollectionSpec, path: string) =>
  path.startsWith(`${spec.path}/`) &&
  !path.slice(spec.path.length + 1).includes('/') &&
  (spec.extensions ?? []).some((ext) => path.endsWith(ext));

/** The entry files of a collection at commit `base`, path → text, read with one `git cat-file`. */
export function filesAt(root: string, base: string, spec: CollectionSpec): Map<string, string> {
  const listing = git(root, ['ls-tree', '-z', base, '--', `${spec.path}/`])
    .split('\0')
    .filter(Boolean);
  const blobs = listing
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && entryFile(spec, m[2]!))
    .map((m) => ({ sha: m[1]!, path: m[2]! }));
  const files = new Map<string, string>();
  if (blobs.length === 0) return files;
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: blobs.map((b) => b.sha).join('\n') + '\n',
    maxBuffer: 64 * 1024 * 1024,
  });
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, headerEnd).toString('utf8').split(' ')[2]);
    files.set(blob.path, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1;
  }
  return files;
}

/** The entry files of a collection in the working tree, the files the content loader reads: path → text. */
function filesNow(root: string, spec: CollectionSpec): Map<string, string> {
  return new Map(collectionFiles(root, spec).map((path) => [path, readFileSync(join(root, path), 'utf8')] as const));
}

function figures(files: Map<string, string>): Map<string, RawFigure> {
  const out = new Map<string, RawFigure>();
  for (const [path, text] of files) {
    const data = frontmatter(text);
    if (data) out.set(idOf(path), data);
  }
  return out;
}

export interface CorrectionsCheck {
  base: string;
  /** Published figures compared (those of the base that could be read). */
  compared: number;
  /** Every change to a published figure, recorded or not. */
  changes: FigureChange[];
  /** The changes without a new entry in the corrections log. */
  missing: FigureChange[];
}

/** Compares the figures at `base` with the working tree at `root`. Throws when `base` cannot be read. */
export function checkCorrections(root: string, base: string): CorrectionsCheck {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new Error(
      `cannot read the base "${base}" in git: fetch it first (git fetch origin main), or in GitHub Actions check out with fetch-depth: 0`,
    );
  }
  const before = figures(filesAt(root, base, FIGURES));
  const after = figures(filesNow(root, FIGURES));
  const logged = new Set(filesAt(root, base, CORRECTIONS).keys());
  const newEntries = [...filesNow(root, CORRECTIONS)].filter(([path]) => !logged.has(path)).map(([, text]) => frontmatter(text) ?? {});
  const changes = figureChanges(before, after);
  return { base, compared: before.size, changes, missing: unrecorded(changes, newEntries) };
}

/** What `npm run check:corrections` prints, line by line on each stream, and the code it exits with. */
export interface CorrectionsRun {
  code: 0 | 1 | 2;
  stdout: string[];
  stderr: string[];
}

/**
 * The whole command short of printing and exiting (scripts/check-corrections.ts does those): the
 * base from the argument or the environment, the check of the repository at `root`, and the report
 * with the fix for each change that needs an entry, dated `today` (YYYY-MM-DD).
 */
export function runCorrectionsCheck(
  baseArg: string | undefined,
  root: string,
  env: Record<string, string | undefined>,
  today: string,
): CorrectionsRun {
  const base = resolveBase(baseArg, env);
  let result: CorrectionsCheck;
  try {
    result = checkCorrections(root, base);
  } catch (error) {
    return { code: 2, stdout: [], stderr: [`Corrections check could not run: ${(error as Error).message}.`] };
  }
  if (result.missing.length > 0) {
    const n = result.missing.length;
    const stderr = [
      `Corrections check failed: ${n} published figure${n === 1 ? '' : 's'} changed since ${base} without a new entry in content/corrections/.\n`,
    ];
    for (const change of result.missing) {
      const [what, fix] = reportLines(change, today);
      stderr.push(`  ✗ ${what}\n    ${fix}\n`);
    }
    return { code: 1, stdout: [], stderr };
  }
  const recorded = result.changes.length;
  return {
    code: 0,
    stdout: [
      `Corrections check passed: ${result.compared} published figures compared with ${base}; ` +
        (recorded === 0 ? 'none changed.' : `${recorded} changed, each with a new entry in content/corrections/.`),
    ],
    stderr: [],
  };
}
