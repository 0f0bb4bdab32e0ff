// Writes docs/fields.md, the editors' field reference, from the content schemas and their doc comments.
// Usage: vite-node scripts/field-reference.ts [--check]   (--check: fail if docs/fields.md is stale
// or a field has no doc comment, without writing)
import { readFileSync, writeFileSync } from 'node:fs';
import { generateReference, REFERENCE_FILE } from './lib/field-reference';

const { markdown, undocumented } = generateReference();
if (undocumented.length > 0) {
  console.error(`Fields without a doc comment in src/schemas/:\n${undocumented.map((u) => `  - ${u}`).join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const current = readFileSync(REFERENCE_FILE, 'utf8');
  if (current !== markdown) {
    console.error(`${REFERENCE_FILE} is out of date: run \`npm run fields\`.`);
    process.exit(1);
  }
  console.log(`${REFERENCE_FILE} is up to date.`);
} else {
  writeFileSync(REFERENCE_FILE, markdown);
  console.log(`Wrote ${REFERENCE_FILE}.`);
}
