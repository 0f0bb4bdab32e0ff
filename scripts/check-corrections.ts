// `npm run check:corrections [base]`: fails when a published figure's value, display, year, kind of
// year or source (address, publisher, title, year) changed since `base`, or a figure was renamed or
// removed, without a new entry in content/corrections/ naming it. New figures need no entry.
// Usage: vite-node scripts/check-corrections.ts [base] [repository-root]
// Base: the argument, else origin/$GITHUB_BASE_REF (a pull request on GitHub), else origin/main.
// Exits 1 when an entry is missing, 2 when the check cannot run (scripts/lib/check-corrections.ts).
import { resolve } from 'node:path';
import { runCorrectionsCheck } from './lib/check-corrections';

const run = runCorrectionsCheck(process.argv[2], resolve(process.argv[3] ?? '.'), process.env, new Date().toISOString().slice(0, 10));
for (const line of run.stdout) console.log(line);
for (const line of run.stderr) console.error(line);
process.exit(run.code);
