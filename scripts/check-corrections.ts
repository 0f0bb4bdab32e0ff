// `npm run check:corrections [base]`: fails when a published figure's value, display, year, kind of
// year or source (address, publisher, title, year) changed since `base`, or a figure was renamed or
// removed, without a new entry in content/corrections/ naming it. New figures need no entry.
// Usage: vite-node scripts/check-corrections.ts [base] [repository-root]
// Base: the argument, else origin/$GITHUB_BASE_REF (a pull request on GitHub), else origin/main.
import { resolve } from 'node:path';
import { reportLines } from '../src/lib/published-changes';
import { checkCorrections, resolveBase } from './lib/check-corrections';

const base = resolveBase(process.argv[2], process.env);
let result;
try {
  result = checkCorrections(resolve(process.argv[3] ?? '.'), base);
} catch (error) {
  console.error(`Corrections check could not run: ${(error as Error).message}.`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
if (result.missing.length > 0) {
  const n = result.missing.length;
  console.error(
    `Corrections check failed: ${n} published figure${n === 1 ? '' : 's'} changed since ${base} without a new entry in content/corrections/.\n`,
  );
  for (const change of result.missing) {
    const [what, fix] = reportLines(change, today);
    console.error(`  ✗ ${what}\n    ${fix}\n`);
  }
  process.exit(1);
}
const recorded = result.changes.length;
console.log(
  `Corrections check passed: ${result.compared} published figures compared with ${base}; ` +
    (recorded === 0 ? 'none changed.' : `${recorded} changed, each with a new entry in content/corrections/.`),
);
