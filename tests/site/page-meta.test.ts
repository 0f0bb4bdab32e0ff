// The foot of each page made from a content file in the default build: when the file last changed
// (from git), and no edit link, since REPOSITORY_URL is not set; nor a link to the repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist';

const outDir = inject('outDir');
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');

function lastCommitDate(file: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

describe('page meta in the default build', () => {
  it.skipIf(process.env.REPOSITORY_URL)('has no edit link and no repository link when REPOSITORY_URL is not set', () => {
    for (const page of htmlPages(outDir)) {
      expect(page.html, page.file).not.toContain('Edit this page');
      expect(page.html, page.file).not.toContain('>Source code<');
    }
  });

  it.each([
    ['figures/forced-labour-2021/index.html', 'content/figures/forced-labour-2021.md'],
    ['programme/high-level-opening/index.html', 'content/programme/high-level-opening.md'],
    ['speakers/helga-maria-schmid/index.html', 'content/speakers/helga-maria-schmid.md'],
    ['background/action-plan/index.html', 'content/background/action-plan.mdx'],
    ['about/index.html', 'content/pages/about.md'],
    ['conference/index.html', 'content/conference.yaml'],
  ])('%s shows the date of the last commit to %s', (page, source) => {
    const date = lastCommitDate(source);
    if (date) expect(read(page)).toMatch(new RegExp(`Last updated <time datetime="${date}">`));
    else expect(read(page)).not.toContain('Last updated');
  });

  it('shows no date on pages not made from one content file', () => {
    expect(read('search/index.html')).not.toContain('Last updated');
    expect(read('figures/index.html')).not.toContain('Last updated');
  });
});
