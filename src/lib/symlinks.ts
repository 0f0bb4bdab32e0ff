// Symbolic links in content/ or public/: git stores a link as a path, and the build follows it, so
// a committed link to a file outside the repository (or to a secret on the build machine) would be
// published with that file's contents. The check lists them; finding them on disk is the caller's job.
import type { ContentProblem } from './content-errors';

/** One problem per symbolic link, given their paths from the repository root (e.g. public/leak.txt). */
export function symlinkProblems(links: readonly string[]): ContentProblem[] {
  return [...links].sort().map((file) => ({
    file,
    field: '',
    message:
      'is a symbolic link, which the build would follow to wherever it points: delete the link and commit the real file in its place',
  }));
}
