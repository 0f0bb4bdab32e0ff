// The GitHub workflows pin every action by commit SHA with its version beside it; pull requests are
// checked against their base branch for the corrections log.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unpinnedActions } from '../helpers/workflows';

const DIR = '.github/workflows';

describe('GitHub workflows', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.yml')))('%s pins every action by commit SHA with a version comment', (f) => {
    const text = readFileSync(`${DIR}/${f}`, 'utf8');
    expect(text).toMatch(/uses:/);
    expect(unpinnedActions(text)).toEqual([]);
  });

  it('reports an action pinned by tag or branch, and a SHA without its version', () => {
    const workflow = `steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@main # v4.0.0
      - uses: actions/cache@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9
      - uses: actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa # v3.0.1
      - run: npm ci`;
    expect(unpinnedActions(workflow)).toEqual([
      '- uses: actions/checkout@v4: pin the action by its full commit SHA',
      '- uses: actions/setup-node@main # v4.0.0: pin the action by its full commit SHA',
      '- uses: actions/cache@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9: add the version as a comment, e.g. # v4.2.2',
    ]);
  });

  it('checks a pull request against its base branch: full history, and .ci/run runs the corrections check only with a base', () => {
    const w = parse(readFileSync(`${DIR}/pull-request.yml`, 'utf8')) as {
      jobs: { test: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    const checkout = w.jobs.test.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const run = readFileSync('.ci/run', 'utf8');
    expect(run).toContain('base="origin/$GITHUB_BASE_REF"');
    expect(run).toMatch(/if \[ -n "\$base" \]; then\n\s+npm run --silent check:corrections -- "\$base" \|\| status=\$\?\n\s*fi/);
  });
});
