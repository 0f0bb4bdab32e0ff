// Two builds of the same sources give byte-identical output: a second build into another
// directory is compared file by file with the one under test. Skipped with SKIP_BUILD=1, where the
// build under test may be older than the sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildEnv } from '../helpers/build-env';
import { listFiles } from '../helpers/dist';

const outDir = inject('outDir');
const again = `${outDir.replace(/\/+$/, '')}-again`;
const digest = (dir: string, file: string) => createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');

describe('reproducible build', () => {
  afterAll(() => rmSync(again, { recursive: true, force: true }));

  it.skipIf(process.env.SKIP_BUILD === '1')('a second build is byte-identical', { timeout: 240_000 }, () => {
    rmSync(again, { recursive: true, force: true });
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv(process.env, { OUT_DIR: again }) });
    const first = listFiles(outDir);
    expect(listFiles(again)).toEqual(first);
    expect(first.filter((f) => digest(outDir, f) !== digest(again, f))).toEqual([]);
  });
});
