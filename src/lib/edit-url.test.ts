import { describe, expect, it } from 'vitest';
import { editUrl, repositoryUrl } from './edit-url';

describe('editUrl', () => {
  it('points at the file on the default branch', () => {
    expect(editUrl('https://github.com/osce/alliance-2023', undefined, 'content/figures/forced-labour-2021.md')).toBe(
      'https://github.com/osce/alliance-2023/edit/main/content/figures/forced-labour-2021.md',
    );
  });
  it('uses the branch given and tidies the repository address', () => {
    expect(editUrl('https://github.com/osce/alliance-2023.git/', 'release/2023', './content/conference.yaml')).toBe(
      'https://github.com/osce/alliance-2023/edit/release/2023/content/conference.yaml',
    );
  });
  it('escapes characters that are not safe in a path', () => {
    expect(editUrl('https://github.com/o/r', 'main', 'content/pages/a b#c.md')).toBe(
      'https://github.com/o/r/edit/main/content/pages/a%20b%23c.md',
    );
  });
  it('makes no link when the repository is not set', () => {
    expect(editUrl(undefined, 'main', 'content/figures/x.md')).toBeUndefined();
    expect(editUrl('  ', 'main', 'content/figures/x.md')).toBeUndefined();
  });
});

describe('repositoryUrl', () => {
  it('refuses an address that is not a web address rather than guessing', () => {
    expect(() => repositoryUrl('github.com/o/r')).toThrow(/REPOSITORY_URL must be a web address/);
    expect(() => repositoryUrl('git@github.com:o/r.git')).toThrow(/REPOSITORY_URL/);
    expect(() => repositoryUrl('ftp://example.org/r')).toThrow(/must start with https:/);
  });
});
