// The foot of each page made from a content file in the default build: when the file last changed
// (from git), and no edit link, since REPOSITORY_URL is not set; nor a link to the repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist';
import { attr, select, text } from '../helpers/html';

const outDir = inject('outDir');
const read = (f: string) => readFileSync(join(outDir, f), 'utf8');
/** The dates a page says it was last updated on (datetime of the <time> after "Last updated"). */
const lastUpdated = (html: string) =>
  select(html, 'time[datetime]')
    .filter((t) => text(t.parentNode!).trim().startsWith('Last updated'))
    .map((t) => attr(t, 'datetime'));
const linkTexts = (html: string) => select(html, 'a').map((a) => text(a).trim());

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
      expect(linkTexts(page.html), page.file).not.toContain('Edit this page');
      expect(linkTexts(page.html), page.file).not.toContain('Source code');
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
    expect(lastUpdated(read(page))).toEqual(date ? [date] : []);
  });

  it('shows no date on pages not made from one content file', () => {
    expect(lastUpdated(read('search/index.html'))).toEqual([]);
    expect(lastUpdated(read('figures/index.html'))).toEqual([]);
  });
});
