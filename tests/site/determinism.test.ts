// Two builds of the same sources give byte-identical output: the build under test is compared file
// by file with a second one, made in the background while the other tests run
// (tests/site/builds.ts). Skipped with SKIP_BUILD=1, where the build under test may be older than
// the sources.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist';
import { siteBuild } from '../helpers/site-build';

const outDir = inject('outDir');
const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

describe.skipIf(process.env.SKIP_BUILD === '1')('reproducible build', () => {
  let again = '';
  afterAll(() => {
    if (again) rmSync(again, { recursive: true, force: true });
  });

  it('a second build is byte-identical', { timeout: 300_000 }, async () => {
    again = await siteBuild('again');
    const first = listFiles(outDir);
    expect(listFiles(again)).toEqual(first);
    expect(first.filter((f) => digest(outDir, f) !== digest(again, f))).toEqual([]);
  });
});
