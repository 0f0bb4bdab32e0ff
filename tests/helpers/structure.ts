// Static checks of a page's structure: headings in order and the page's landmarks.
import { attr, closest, select, startTag } from './html';

/** Problems with the heading outline: one h1 first, and no level skipped on the way down. */
export function headingProblems(html: string): string[] {
  const levels = select(html, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
  const problems: string[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) problems.push(`expected one <h1>, found ${h1s}`);
  if (levels.length && levels[0] !== 1) problems.push(`the first heading is <h${levels[0]}>, not <h1>`);
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous !== undefined && level > previous + 1)
      problems.push(`<h${previous}> is followed by <h${level}>: level ${previous + 1} is skipped`);
  });
  return problems;
}

const SECTIONING = 'article, aside, main, nav, section';

/**
 * Problems with landmarks: one <main>; one page-level <header> (banner) and <footer> (contentinfo),
 * outside any sectioning element; every <nav> named when there are several.
 */
export function landmarkProblems(html: string): string[] {
  const problems: string[] = [];
  const pageLevel = (tag: string, role: string) =>
    select(html, `${tag}, [role="${role}"]`).filter((el) => attr(el, 'role') === role || !closest(el, SECTIONING)).length;
  const count = {
    main: select(html, 'main, [role="main"]').length,
    banner: pageLevel('header', 'banner'),
    contentinfo: pageLevel('footer', 'contentinfo'),
  };
  const navs = select(html, 'nav, [role="navigation"]');
  if (count.main !== 1) problems.push(`expected one <main> landmark, found ${count.main}`);
  if (count.banner !== 1) problems.push(`expected one page-level <header> (banner), found ${count.banner}`);
  if (count.contentinfo !== 1) problems.push(`expected one page-level <footer> (contentinfo), found ${count.contentinfo}`);
  if (navs.length > 1) {
    for (const nav of navs)
      if (!attr(nav, 'aria-label') && !attr(nav, 'aria-labelledby'))
        problems.push(`${startTag(nav)} has no name, but the page has ${navs.length} navigation landmarks`);
  }
  return problems;
}
