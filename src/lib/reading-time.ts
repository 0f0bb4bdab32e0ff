// Reading time of an article, from its Markdown/MDX source: words ÷ a reading rate.
import { ui } from '../i18n';
import { plural } from './ui-format';

/**
 * Words a minute we assume. Adults read English non-fiction silently at about 240 words a minute
 * (Brysbaert, 2019); we take a slower 200 because our readers are often not specialists, read on
 * phones and may read in a second language.
 */
export const WORDS_PER_MINUTE = 200;

/** The readable text of a Markdown/MDX body: no tags, components, link targets or table rules. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(import|export)\s.*$/gm, ' ') // MDX imports and exports
    .replace(/<[^>]*>/g, ' ') // HTML tags and MDX components such as <Figure id="…" />
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the link text
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ') // table separator rows
    .replace(/[*_`#>|]/g, ' '); // emphasis, code, headings, quotes, table pipes
}

/** Words in a text: runs of letters or digits, joined by inner punctuation ("co-operation", "27.6", "States'"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,/–-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read a number of words, rounded up; at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!(wordsPerMinute > 0)) throw new Error(`The reading rate must be above zero, found ${wordsPerMinute}`);
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** Words and minutes for a Markdown/MDX body. */
export function readingTime(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): { words: number; minutes: number } {
  const words = countWords(plainText(markdown));
  return { words, minutes: readingMinutes(words, wordsPerMinute) };
}

/** "1 minute", "4 minutes". */
export function minutesLabel(minutes: number): string {
  return plural(ui.background.minutes, minutes, ui.locale);
}
