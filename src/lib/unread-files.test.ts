import { describe, expect, it } from 'vitest';
import { isRead, whereItBelongs } from './unread-files';

describe('unread files', () => {
  it('knows which files the collections read', () => {
    expect(isRead('content/figures/a.md')).toBe(true);
    expect(isRead('content/background/a.mdx')).toBe(true);
    expect(isRead('content/milestones.yaml')).toBe(true);
    expect(isRead('content/figures/a.mdx')).toBe(false);
    expect(isRead('content/figures/old/a.md')).toBe(false);
  });

  it('says where a file belongs', () => {
    expect(whereItBelongs('content/figures/a.MD')).toBe('files in content/figures/ must end in .md: rename it to a.md');
    expect(whereItBelongs('content/pages/a.markdown')).toBe('files in content/pages/ must end in .md or .mdx: rename it to a.md');
    expect(whereItBelongs('content/milestones.yml')).toBe(
      'the site reads content/milestones.yaml, not this file: rename it to milestones.yaml',
    );
    expect(whereItBelongs('content/figures/old/a.md')).toBe(
      'the site reads only the files directly in content/figures/, not in folders inside it: move it to content/figures/a.md',
    );
    expect(whereItBelongs('content/notes/a.md')).toMatch(
      /^no part of the site reads content\/notes\/\. Content files go in the folders content\/figures\//,
    );
  });
});
