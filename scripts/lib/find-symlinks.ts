// Lists the symbolic links under some folders of the repository, without following any of them.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths from `root` (with "/") of every symbolic link under `dirs`, the folders themselves included. */
export function findSymlinks(root: string, dirs: readonly string[]): string[] {
  const links: string[] = [];
  const walk = (rel: string) => {
    const abs = join(root, rel);
    const info = lstatSync(abs);
    if (info.isSymbolicLink()) links.push(rel);
    else if (info.isDirectory()) for (const name of readdirSync(abs)) walk(`${rel}/${name}`);
  };
  for (const dir of dirs) if (existsSync(join(root, dir)) || isLink(join(root, dir))) walk(dir);
  return links;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
