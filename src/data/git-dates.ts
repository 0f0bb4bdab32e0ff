// When a content file last changed, from git history; builds outside a git checkout still work
// (the date is then simply not shown).
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

/** Last commit date (YYYY-MM-DD) of every tracked file under content/, read once per build. */
function load(): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 32 * 1024 * 1024,
    });
    for (const block of log.split('\0').slice(1)) {
      const [date, ...files] = block.trim().split('\n');
      for (const file of files) if (file && date && !dates.has(file)) dates.set(file, date);
    }
  } catch {
    // Not a git checkout, or git is missing: no dates.
  }
  return dates;
}

/** Date (YYYY-MM-DD) of the last commit that changed a file such as content/figures/x.md, if known. */
export function lastChanged(file: string): string | undefined {
  cache ??= load();
  return cache.get(file.replace(/^\.\//, ''));
}

/**
 * When this build's sources were fixed, so two builds of one commit give identical files:
 * SOURCE_DATE_EPOCH (seconds) if set, else the last commit's time, else now.
 */
export function sourceDate(env: Record<string, string | undefined> = process.env): Date {
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    // Not a git checkout: fall through.
  }
  return new Date();
}
