// Static checks of a page's structure: headings in order and the page's landmarks.
import { tags, type Tag } from './html';

/** Problems with the heading outline: one h1 first, and no level skipped on the way down. */
export function headingProblems(html: string): string[] {
  const levels = tags(html)
    .filter((t) => !t.end && /^h[1-6]$/.test(t.name))
    .map((t) => Number(t.name[1]));
  const problems: string[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) problems.push(`expected one <h1>, found ${h1s}`);
  if (levels.length && levels[0] !== 1) problems.push(`the first heading is <h${levels[0]}>, not <h1>`);
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous !== undefined && level > previous + 1) problems.push(`<h${previous}> is followed by <h${level}>: level ${previous + 1} is skipped`);
  });
  return problems;
}

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

/**
 * Problems with landmarks: one <main>; one page-level <header> (banner) and <footer> (contentinfo),
 * outside any sectioning element; every <nav> named when there are several.
 */
export function landmarkProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const count = { main: 0, banner: 0, contentinfo: 0 };
  const navs: Tag[] = [];
  for (const tag of tags(html)) {
    if (tag.end) {
      if (SECTIONING.has(tag.name)) open.splice(open.lastIndexOf(tag.name), 1);
      continue;
    }
    const role = tag.attrs.role;
    if (tag.name === 'main' || role === 'main') count.main++;
    if ((tag.name === 'header' && open.length === 0) || role === 'banner') count.banner++;
    if ((tag.name === 'footer' && open.length === 0) || role === 'contentinfo') count.contentinfo++;
    if (tag.name === 'nav' || role === 'navigation') navs.push(tag);
    if (SECTIONING.has(tag.name)) open.push(tag.name);
  }
  if (count.main !== 1) problems.push(`expected one <main> landmark, found ${count.main}`);
  if (count.banner !== 1) problems.push(`expected one page-level <header> (banner), found ${count.banner}`);
  if (count.contentinfo !== 1) problems.push(`expected one page-level <footer> (contentinfo), found ${count.contentinfo}`);
  if (navs.length > 1) {
    for (const nav of navs) if (!nav.attrs['aria-label'] && !nav.attrs['aria-labelledby']) problems.push(`${nav.source} has no name, but the page has ${navs.length} navigation landmarks`);
  }
  return problems;
}
