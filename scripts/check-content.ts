// `npm run check` (and the first step of `npm run build`): validates every file in content/ against
// the schemas and the cross-references, and prints each problem with its file, field and fix.
// Usage: vite-node scripts/check-content.ts [content-root]   (default: the repository root)
import { resolve } from 'node:path';
import { formatProblem } from '../src/lib/content-errors';
import { checkContent } from './lib/read-content';

const root = resolve(process.argv[2] ?? '.');
const { problems, counts } = checkContent(root);
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix.\n`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  console.error('\nFix the files above and run `npm run check` again. docs/fields.md lists every field; CONTRIBUTING.md explains the messages.');
  process.exit(1);
}
const summary = Object.entries(counts).map(([n, c]) => `${c} ${n}`).join(', ');
console.log(`Content check passed: ${summary}.`);
