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
  source: { publisher: 'ILO', title: 'GEMS', year: 2022, url: 'https://ilo.test/g', date: '2022-09-12' },
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
    expect(record.citation).toContain('27.6 million (2021)');
    expect(record.citation).toContain('Via https://site.test/figures/forced-labour-2021/');
  });
});
