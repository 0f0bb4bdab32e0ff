// The GitHub workflows: every action pinned by full commit SHA with its version beside it, the
// pull-request check running .ci/run itself, and the deployment allowed to publish to Pages.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const text = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; run?: string; env?: Record<string, string> }[] }> };
const workflow = (f: string) => parse(text(f)) as Workflow;

describe('GitHub workflows', () => {
  it.each(files)('%s pins every action by commit SHA with a version comment', (f) => {
    const uses = [...text(f).matchAll(/uses: (\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, comment] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/ # v\d+\.\d+\.\d+$/);
    }
  });

  it('checks pull requests by running .ci/run', () => {
    const w = workflow('pull-request.yml');
    expect(Object.keys(w.on)).toContain('pull_request');
    expect(w.jobs.test!.steps.map((s) => s.run)).toContain('.ci/run');
  });

  it('checks a pull request against its base branch: full history, and .ci/run runs the corrections check only with a base', () => {
    const w = parse(text('pull-request.yml')) as { jobs: { test: { steps: { uses?: string; with?: Record<string, unknown> }[] } } };
    const checkout = w.jobs.test.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const run = readFileSync('.ci/run', 'utf8');
    expect(run).toContain('base="origin/$GITHUB_BASE_REF"');
    expect(run).toMatch(/if \[ -n "\$base" \]; then\n\s+npm run --silent check:corrections -- "\$base" \|\| status=\$\?\n\s*fi/);
  });

  it('deploys dist/ to GitHub Pages with the address from the Pages configuration', () => {
    const w = workflow('deploy.yml');
    expect(w.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    const build = w.jobs.build!.steps.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
    expect(text('deploy.yml')).toMatch(/upload-pages-artifact@[0-9a-f]{40} # v[\d.]+\n\s+with:\n\s+path: dist\n/);
  });
});
