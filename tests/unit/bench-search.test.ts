// The first-search benchmark's pure parts (scripts/bench/search.mjs): its options, its medians and
// its table. The timing itself runs in `npm run bench` only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, firstSearchOptions, formatFirstSearch, quantile } from '../../scripts/bench/search.mjs';

const site = mkdtempSync(join(tmpdir(), 'bench-search-'));
mkdirSync(join(site, 'search'));
writeFileSync(join(site, 'search', 'index.html'), '<!doctype html><title>Search</title>');
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('firstSearchOptions', () => {
  it('compares with nothing by default, with the default number of runs', () => {
    expect(firstSearchOptions([], {})).toEqual({ compare: undefined, runs: DEFAULT_RUNS });
  });
  it('reads --compare and --runs, or BENCH_COMPARE', () => {
    expect(firstSearchOptions(['--no-build', '--compare', site, '--runs', '3'], {})).toEqual({ compare: site, runs: 3 });
    expect(firstSearchOptions([], { BENCH_COMPARE: site })).toEqual({ compare: site, runs: DEFAULT_RUNS });
  });
  it('refuses a directory without a built search page, naming it', () => {
    const empty = join(site, 'search');
    expect(() => firstSearchOptions(['--compare', empty], {})).toThrow(`--compare ${empty}: no built site with a search page there`);
    expect(() => firstSearchOptions(['--compare'], {})).toThrow('--compare needs a value, e.g. --compare dist');
    expect(() => firstSearchOptions(['--compare', '--no-build'], {})).toThrow('--compare needs a value');
  });
  it('refuses a number of runs that is not a whole number of at least 1', () => {
    expect(() => firstSearchOptions(['--runs'], {})).toThrow(`--runs needs a value, e.g. --runs ${DEFAULT_RUNS}`);
    for (const runs of ['0', '1.5', 'many'])
      expect(() => firstSearchOptions(['--runs', runs], {}), runs).toThrow(`--runs must be a whole number of at least 1, found "${runs}"`);
  });
});

describe('quantile', () => {
  it('takes the value by nearest rank, whatever the order', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('formatFirstSearch', () => {
  const result = (label: string, median: number) => ({
    label,
    dir: label,
    query: '27.6 million',
    runs: 2,
    median,
    p90: median + 10,
    times: [median, median + 10],
    requests: 15,
    raw: 2048,
    gzip: 1024,
    fetched: [{ path: 'pagefind/pagefind.js', bytes: 2048 }],
    index: { files: 3, bytes: 4096, chunks: { count: 1, bytes: 1024 }, fragments: { bytes: 2048, median: 900 } },
  });
  it('prints one column per build and the ratio of their medians', () => {
    const text = formatFirstSearch([result('this build', 150), result('compared', 600)]);
    expect(text).toContain('First search for "27.6 million" on /search/: 2 cold runs per build');
    expect(text).toMatch(/ms to first result, median\s+150\s+600/);
    expect(text).toContain('ratio of medians this build / compared: 0.25');
  });
  it('prints no ratio for one build', () => {
    expect(formatFirstSearch([result('this build', 150)])).not.toContain('ratio');
  });
});
