import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS, figureRecord } from './figure-data';
import { figureSchema } from '../schemas/figure';

const data = figureSchema.parse({
  title: 'People in forced labour worldwide',
  value: 27600000,
  display: '27.6 million',
  unit: 'people',
  year: 2021,
  scope: 'Worldwide',
  topic: 'scale',
  source: { publisher: 'ILO', title: 'GEMS', year: 2022, url: 'https://ilo.test/g', link: 'launch-page', date: '2022-09-12' },
});

describe('figureRecord', () => {
  const record = figureRecord('forced-labour-2021', data, 'https://site.test/figures/forced-labour-2021/');

  it('has exactly the columns, in their order', () => {
    expect(Object.keys(record)).toEqual([...FIGURE_COLUMNS]);
  });

  it('keeps the value a number, flattens the source, and carries the citation', () => {
    expect(record.value).toBe(27600000);
    expect(record.source_url).toBe('https://ilo.test/g');
    expect(record.source_date).toBe('2022-09-12');
    expect(record.source_note).toBeNull();
    expect(record.method).toBeNull();
    expect(record.citation).toContain('27.6 million (data year 2021)');
    expect(record.citation).toContain('Via https://site.test/figures/forced-labour-2021/');
  });

  it('ends with the year’s kind, the link’s kind and the confirming page, after the older columns', () => {
    expect(FIGURE_COLUMNS.slice(-5)).toEqual(['year_kind', 'year_label', 'source_link', 'source_confirmed_by', 'source_confirmed_by_url']);
    expect(FIGURE_COLUMNS.indexOf('citation')).toBe(FIGURE_COLUMNS.length - 6);
    expect([record.year_kind, record.year_label, record.source_link]).toEqual(['data', 'data year 2021', 'launch-page']);
    expect([record.source_confirmed_by, record.source_confirmed_by_url]).toEqual([null, null]);
  });

  it('says when the year is a publication or statement year, and names a secondary confirmation', () => {
    const profits = figureSchema.parse({
      ...data,
      year: 2014,
      yearKind: 'publication',
      source: {
        ...data.source,
        link: 'publication',
        confirmedBy: { name: 'U.S. Department of State fact sheet', url: 'https://state.test/fs' },
      },
    });
    const r = figureRecord('forced-labour-profits-2014', profits, 'https://site.test/figures/forced-labour-profits-2014/');
    expect([r.year, r.year_kind, r.year_label]).toEqual([2014, 'publication', 'published 2014']);
    expect(r.citation).toContain('(published 2014)');
    expect([r.source_link, r.source_confirmed_by, r.source_confirmed_by_url]).toEqual([
      'publication',
      'U.S. Department of State fact sheet',
      'https://state.test/fs',
    ]);
  });
});
