import { describe, expect, it } from 'vitest';
import { citeFigure, citeSource } from './citation';

const figure = {
  title: 'People in forced labour worldwide',
  display: '27.6 million',
  year: 2021,
  source: { publisher: 'ILO, Walk Free and IOM', title: 'Global Estimates of Modern Slavery', year: 2022, url: 'https://src.test/gems' },
};

describe('citeFigure', () => {
  it('names value, year, publisher, title, source link and page', () => {
    expect(citeFigure(figure, 'https://site.test/figures/forced-labour-2021/')).toBe(
      'People in forced labour worldwide: 27.6 million (data year 2021). Source: ILO, Walk Free and IOM, "Global Estimates of Modern Slavery" (2022), https://src.test/gems. Via https://site.test/figures/forced-labour-2021/',
    );
  });

  it('does not pass our calculation off as the source’s figure', () => {
    const text = citeFigure({ ...figure, title: 'Share identified', display: 'about 0.33%', status: 'derived' }, 'https://site.test/f/');
    expect(text).toMatch(/^Share identified: about 0\.33% \(data year 2021\)\. Calculation based on: ILO, Walk Free and IOM,/);
  });

  it('says when the year is not a data year', () => {
    const text = citeFigure(
      { ...figure, title: 'OSCE participating States', display: '57', year: 2023, yearKind: 'statement' },
      'https://site.test/f/',
    );
    expect(text).toMatch(/^OSCE participating States: 57 \(statement of 2023\)\. Source: /);
  });
});

describe('citeSource', () => {
  it('cites the original publication alone', () => {
    expect(citeSource(figure.source)).toBe('ILO, Walk Free and IOM (2022). Global Estimates of Modern Slavery. https://src.test/gems');
  });
});
