// `npm run check:corrections`: the figures of a base commit (git) against the working tree, and the
// entries of content/corrections/ that are new since that commit. The comparison itself is pure
// (src/lib/published-changes.ts); this module reads git and the files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { figureChanges, unrecorded, type FigureChange, type RawFigure } from '../../src/lib/published-changes';
import { splitFile } from './read-content';

const FIGURES = 'content/figures';
const CORRECTIONS = 'content/corrections';

/** The base to compare with: the argument, else the pull request's base branch on origin, else origin/main. */
export function resolveBase(arg: string | undefined, env: Record<string, string | undefined>): string {
  if (arg) return arg;
  if (env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  return 'origin/main';
}

const git = (root: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });

/** The frontmatter of a Markdown file as plain data, or undefined when it cannot be read. */
function frontmatter(text: string): RawFigure | undefined {
  const parts = splitFile(text, false);
  if ('problem' in parts) return undefined;
  try {
    const data = parse(parts.yaml, { customTags: ['timestamp'] }) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as RawFigure) : undefined;
  } catch {
    return undefined;
  }
}

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.md$/, '');

/** The .md files directly in `folder` at commit `base`, path → text, read with one `git cat-file`. */
export function filesAt(root: string, base: string, folder: string): Map<string, string> {
  const listing = git(root, ['ls-tree', '-z', base, '--', `${folder}/`]).split('\0').filter(Boolean);
  const blobs = listing
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && /^[^/]+\.md$/.test(m[2]!.slice(folder.length + 1)))
    .map((m) => ({ sha: m[1]!, path: m[2]! }));
  const files = new Map<string, string>();
  if (blobs.length === 0) return files;
  const out = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: blobs.map((b) => b.sha).join('\n') + '\n', maxBuffer: 64 * 1024 * 1024 });
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, headerEnd).toString('utf8').split(' ')[2]);
    files.set(blob.path, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1;
  }
  return files;
}

/** The .md files directly in `folder` of the working tree, path → text. */
function filesNow(root: string, folder: string): Map<string, string> {
  const dir = join(root, folder);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.md'))
      .map((d) => [`${folder}/${d.name}`, readFileSync(join(dir, d.name), 'utf8')] as const),
  );
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
  const newEntries = [...filesNow(root, CORRECTIONS)]
    .filter(([path]) => !logged.has(path))
    .map(([, text]) => frontmatter(text) ?? {});
  const changes = figureChanges(before, after);
  return { base, compared: before.size, changes, missing: unrecorded(changes, newEntries) };
}
