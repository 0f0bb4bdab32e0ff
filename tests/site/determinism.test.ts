// Two builds of the same sources give byte-identical output: a second build into another
// directory is compared file by file with the one under test. Skipped with SKIP_BUILD=1, where the
// build under test may be older than the sources.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    // With an empty card cache, so the share images are drawn again rather than copied.
    const cards = mkdtempSync(join(tmpdir(), 'card-cache-'));
    try {
      execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv(process.env, { OUT_DIR: again, CARD_CACHE_DIR: cards }) });
    } finally {
      rmSync(cards, { recursive: true, force: true });
    }
    const first = listFiles(outDir);
    expect(listFiles(again)).toEqual(first);
    expect(first.filter((f) => digest(outDir, f) !== digest(again, f))).toEqual([]);
  });
});
