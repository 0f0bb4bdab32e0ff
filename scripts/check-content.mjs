// `npm run check`: loads content/ with Astro's content layer (the same loader, schemas and rules as
// `astro build` and `astro dev`) and prints every problem with its file, field or line, and the fix.
// Exits with 1 when there is a problem. Types are checked by `npm run typecheck`.
import { sync } from 'astro';
import { contentState } from '../src/pipeline/content-state.mjs';

const started = performance.now();
try {
  await sync({ root: process.cwd(), logLevel: 'warn' });
} catch (error) {
  console.error(`The content could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { check } = contentState();
if (!check) {
  console.error('The content was not loaded: src/content.config.ts must read every collection with contentLoader().');
  process.exit(1);
}
const { problems, counts, messages } = check();
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix.\n`);
  for (const message of messages) console.error(`  ✗ ${message}`);
  console.error(
    '\nFix the files above and run `npm run check` again. docs/fields.md lists every field; CONTRIBUTING.md explains the messages.',
  );
  process.exit(1);
}
const summary = Object.entries(counts)
  .map(([name, count]) => `${count} ${name}`)
  .join(', ');
console.log(`Content check passed: ${summary} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
