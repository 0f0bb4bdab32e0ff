import { describe, expect, it } from 'vitest';
import { countWords, minutesLabel, plainText, readingMinutes, readingTime, WORDS_PER_MINUTE } from './reading-time';

describe('plainText', () => {
  it('keeps link text and drops link targets, tags and components', () => {
    const md = 'All [participating States](/glossary/#participating-state) agreed.\n\n<Figure id="forced-labour-2021" />';
    expect(plainText(md).split(/\s+/).filter(Boolean)).toEqual(['All', 'participating', 'States', 'agreed.']);
  });
  it('drops table rules, pipes, emphasis and heading marks', () => {
    const md = '## Adoption\n\n| Area | What |\n| --- | --- |\n| **Prosecution** | Courts |';
    expect(plainText(md).split(/\s+/).filter(Boolean)).toEqual(['Adoption', 'Area', 'What', 'Prosecution', 'Courts']);
  });
});

describe('countWords', () => {
  it('counts numbers, references and hyphenated words as one word each', () => {
    expect(countWords('PC.DEC/557 was adopted on 24 July 2003 by co-operation; 27.6 million')).toBe(11);
  });
  it('counts nothing in punctuation or space', () => {
    expect(countWords('  – , . ! ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('divides words by the rate and rounds up', () => {
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(readingMinutes(1000, 250)).toBe(4);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes(0)).toBe(1);
  });
  it('refuses a rate of zero', () => {
    expect(() => readingMinutes(100, 0)).toThrow(/above zero/);
  });
});

describe('readingTime', () => {
  it('measures a body in words and minutes', () => {
    const body = `## Heading\n\n${'word '.repeat(450)}[a link](/x/)`;
    expect(readingTime(body)).toEqual({ words: 453, minutes: 3 });
  });
});

describe('minutesLabel', () => {
  it('uses the singular for one minute only', () => {
    expect(minutesLabel(1)).toBe('1 minute');
    expect(minutesLabel(4)).toBe('4 minutes');
  });
});
