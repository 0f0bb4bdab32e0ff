import { describe, expect, it } from 'vitest';
import { embedDescription, figureLine, figurePageWords } from './figure-page';

const figure = {
  display: '27.6 million',
  title: 'People in forced labour',
  year: 2021,
  scope: 'Worldwide, on any given day',
  source: { publisher: 'ILO, Walk Free and IOM', title: 'Global Estimates of Modern Slavery', year: 2022 },
};

describe('figureLine', () => {
  it('names value, title and data year in one line', () => {
    expect(figureLine(figure)).toBe('27.6 million: People in forced labour (data year 2021)');
  });

  it('says what the year is when it is not a data year', () => {
    expect(figureLine({ ...figure, yearKind: 'publication' })).toBe('27.6 million: People in forced labour (published 2021)');
  });
});

describe('figurePageWords', () => {
  it('titles the page with value and title', () => {
    expect(figurePageWords(figure).title).toBe('27.6 million: People in forced labour');
  });

  it('describes the figure with its year, scope and source', () => {
    expect(figurePageWords(figure).description).toBe(
      'People in forced labour: 27.6 million (data year 2021). Worldwide, on any given day. Source: ILO, Walk Free and IOM, Global Estimates of Modern Slavery (2022).',
    );
  });

  it('leaves braces in a field as written', () => {
    expect(figurePageWords({ ...figure, title: 'A {scope} title' }).title).toBe('27.6 million: A {scope} title');
  });
});

describe('embedDescription', () => {
  it('describes the figure and its source, without the scope', () => {
    expect(embedDescription(figure)).toBe(
      'People in forced labour: 27.6 million (data year 2021). Source: ILO, Walk Free and IOM, Global Estimates of Modern Slavery (2022).',
    );
  });
});
