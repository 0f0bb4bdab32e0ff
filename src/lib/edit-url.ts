/**
 * The repository address as a build setting (REPOSITORY_URL): trimmed, without a trailing slash or
 * ".git". Empty or unset gives undefined, so no edit link is made; anything that is not an http(s)
 * address stops the build rather than pointing readers at a guessed place.
 */
export function repositoryUrl(raw: string | undefined): string | undefined {
  const value = raw
    ?.trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (!value) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`REPOSITORY_URL must be a web address such as https://github.com/owner/repo; found "${raw}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`REPOSITORY_URL must start with https://, such as https://github.com/owner/repo; found "${raw}"`);
  }
  return value;
}

/**
 * The address of the web editor for one content file, in the form GitHub uses
 * (https://github.com/owner/repo/edit/main/content/figures/x.md), or undefined when the repository's
 * address is not set. `file` is relative to the repository root.
 */
export function editUrl(repository: string | undefined, branch: string | undefined, file: string): string | undefined {
  const repo = repositoryUrl(repository);
  if (!repo) return undefined;
  const path = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+|^\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  const ref = branch?.trim() || 'main';
  return `${repo}/edit/${ref.split('/').map(encodeURIComponent).join('/')}/${path}`;
}
