// `astro build` and `astro dev` run the content check through an integration: a build stops with the
// same messages as `npm run check`; the development server prints them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../scripts/lib/content-check-integration';
import { contentTree, FIXTURES } from '../helpers/content-tree';

type SetupHook = (options: { config: { root: URL }; command: string; logger: { error: (m: string) => void } }) => void;

function runSetup(command: string, overlay: string[]) {
  const tree = contentTree({ overlay });
  const errors: string[] = [];
  const hook = contentCheck().hooks['astro:config:setup'] as unknown as SetupHook;
  try {
    hook({ config: { root: pathToFileURL(`${tree.root}/`) }, command, logger: { error: (m) => errors.push(m) } });
    return { errors, thrown: undefined as Error | undefined };
  } catch (error) {
    return { errors, thrown: error as Error };
  } finally {
    tree.remove();
  }
}

const broken = join(FIXTURES, 'broken', 'number-in-words');
const message =
  'content/figures/forced-labour-2021.md: value: "value" must be a number written in digits, such as 27600000 (not words, no quotes); found "twenty-seven million"';

describe('the content-check integration', () => {
  it('stops astro build with the file, field and fix', () => {
    const { thrown } = runSetup('build', [broken]);
    expect(thrown?.name).toBe('ContentError');
    expect(thrown?.message).toContain(message);
  });

  it('prints the problems when astro dev starts, without stopping it', () => {
    const { thrown, errors } = runSetup('dev', [broken]);
    expect(thrown).toBeUndefined();
    expect(errors.join('\n')).toContain(`✗ ${message}`);
  });

  it('lets valid content through', () => {
    expect(runSetup('build', [])).toEqual({ errors: [], thrown: undefined });
  });
});
