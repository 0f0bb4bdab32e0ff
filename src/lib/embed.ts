/**
 * The <iframe> code a reader copies from a figure's page to show the figure on another site. The
 * embedded page needs no script and no permission but one: a link inside it may open its page in
 * the top window when the reader clicks it (target="_top" under sandbox).
 */
import { escapeMarkup } from './markup';
import { plainLine } from './hidden-characters';

/** The frame's size: the embed fits without scrolling at any width from 400 to 600 px at this height. */
export const EMBED_WIDTH = 600;
export const EMBED_HEIGHT = 330;

/** What the sandbox allows: navigating the top window from a link the reader clicks, nothing else. */
export const EMBED_SANDBOX = 'allow-top-navigation-by-user-activation';

export function embedSnippet({ src, title }: { src: string; title: string }): string {
  const attrs = [
    `src="${escapeMarkup(src)}"`,
    `title="${escapeMarkup(plainLine(title))}"`,
    `width="${EMBED_WIDTH}"`,
    `height="${EMBED_HEIGHT}"`,
    `loading="lazy"`,
    `sandbox="${EMBED_SANDBOX}"`,
    `style="max-width:100%;border:0"`,
  ];
  return `<iframe ${attrs.join(' ')}></iframe>`;
}
