import { describe, expect, it } from 'vitest';
import { citeFigure } from './citation';

describe('citeFigure', () => {
  it('names value, year, publisher, title, source link and page', () => {
    const text = citeFigure(
      {
        title: 'People in forced labour worldwide',
        display: '27.6 million',
        year: 2021,
        source: { publisher: 'ILO, Walk Free and IOM', title: 'Global Estimates of Modern Slavery', year: 2022, url: 'https://src.test/gems' },
      },
      'https://site.test/figures/forced-labour-2021/',
    );
    expect(text).toBe(
      'People in forced labour worldwide: 27.6 million (2021). Source: ILO, Walk Free and IOM, "Global Estimates of Modern Slavery" (2022), https://src.test/gems. Via https://site.test/figures/forced-labour-2021/',
    );
  });
});
