// How long the tests take: `npm run bench:tests` (timings are noisy, so they are printed, never
// asserted). Times `npm run test:unit` and `npm test`, each run --runs times (best and median),
// with the machine's load average before each run and the slowest test files of the last run.
//   --runs N     runs of each command (default 1)
//   --unit       only `npm run test:unit`
//   --ci         also `.ci/run` on a fresh clone of the committed HEAD in a temporary folder
//                (installs with `npm ci`, like CI on a new machine)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const report = join(mkdtempSync(join(tmpdir(), 'bench-tests-')), 'vitest.json');

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Runs a command, returns its wall time in ms; stops the benchmark if it fails. */
function timed(label, command, commandArgs, options = {}) {
  const loadBefore = load();
  const started = performance.now();
  const run = spawnSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  const ms = performance.now() - started;
  const lastLine = `${run.stdout}`.trim().split('\n').at(-1);
  console.log(`  ${label}: ${seconds(ms)} (load before: ${loadBefore})${options.showLast ? `, last line: ${lastLine}` : ''}`);
  if (run.status !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(`${label} failed (exit ${run.status})`);
  }
  return ms;
}

/** The slowest test files of the last run, from Vitest's JSON report. */
function slowestFiles(count = 8) {
  const results = JSON.parse(readFileSync(report, 'utf8')).testResults;
  return results
    .map((r) => ({ file: r.name.replace(`${process.cwd()}/`, ''), ms: r.endTime - r.startTime }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((r) => `    ${seconds(r.ms).padStart(8)}  ${r.file}`)
    .join('\n');
}

function bench(label, script) {
  console.log(`npm ${script === 'test' ? 'test' : `run ${script}`}, ${runs} run(s):`);
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(timed(`run ${i + 1}`, 'npm', ['run', script, '--', '--reporter=json', `--outputFile.json=${report}`]));
  }
  console.log(`  best ${seconds(Math.min(...times))}, median ${seconds(median(times))}`);
  console.log(`  slowest files of the last run (from start to end of each file, files overlap):\n${slowestFiles()}`);
  return { label, best: Math.min(...times), median: median(times) };
}

const summary = [bench('npm run test:unit', 'test:unit')];
if (!args.includes('--unit')) summary.push(bench('npm test', 'test'));

if (args.includes('--ci')) {
  const root = mkdtempSync(join(tmpdir(), 'bench-ci-'));
  try {
    console.log(`.ci/run on a fresh clone of HEAD in ${root}:`);
    spawnSync('git', ['clone', '--quiet', process.cwd(), root], { stdio: 'inherit' });
    const ms = timed('.ci/run', '.ci/run', [], { cwd: root, showLast: true });
    summary.push({ label: '.ci/run (fresh clone)', best: ms, median: ms });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

console.log('\nSummary (wall time):');
for (const s of summary)
  console.log(`  ${s.label.padEnd(24)} best ${seconds(s.best).padStart(8)}  median ${seconds(s.median).padStart(8)}`);
