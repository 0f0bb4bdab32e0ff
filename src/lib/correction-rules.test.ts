import { describe, expect, it } from 'vitest';
import { correctionProblems, type CorrectionRuleEntry } from './correction-rules';

const targets = { figures: ['forced-labour-2021'], articles: ['action-plan'], sessions: ['high-level-opening'] };
const entry = (over: Partial<CorrectionRuleEntry>): CorrectionRuleEntry => ({
  file: 'content/corrections/2026-11-30-x.md',
  body: 'Why it changed.\n',
  ...over,
});

describe('correctionProblems', () => {
  it('accepts entries that name an existing figure, article or session and say why', () => {
    expect(
      correctionProblems(
        [entry({ figure: 'forced-labour-2021' }), entry({ article: 'action-plan' }), entry({ session: 'high-level-opening' })],
        targets,
      ),
    ).toEqual([]);
  });

  it('names the file and field of a target that does not exist, and where to look', () => {
    expect(
      correctionProblems(
        [entry({ figure: 'forced-labour-2016' }), entry({ article: 'actionplan' }), entry({ session: 'opening' })],
        targets,
      ),
    ).toEqual([
      {
        file: 'content/corrections/2026-11-30-x.md',
        field: 'figure',
        message:
          '"forced-labour-2016" is not a known id: no file content/figures/forced-labour-2016.md exists. Check the spelling against the file names in content/figures/',
      },
      {
        file: 'content/corrections/2026-11-30-x.md',
        field: 'article',
        message:
          '"actionplan" is not a known id: no file content/background/actionplan.mdx exists. Check the spelling against the file names in content/background/',
      },
      {
        file: 'content/corrections/2026-11-30-x.md',
        field: 'session',
        message:
          '"opening" is not a known id: no file content/programme/opening.md exists. Check the spelling against the file names in content/programme/',
      },
    ]);
  });

  it('asks for the why when the text below the frontmatter is empty or blank', () => {
    expect(correctionProblems([entry({ figure: 'forced-labour-2021', body: '\n  \n' })], targets)).toEqual([
      {
        file: 'content/corrections/2026-11-30-x.md',
        field: 'body',
        message: 'says nothing below the frontmatter: write why the fact changed, in our own words, after the closing ---',
      },
    ]);
  });
});
