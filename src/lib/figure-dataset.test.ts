import { describe, expect, it } from 'vitest';
import { figureDataset, type DatasetInput } from './figure-dataset';

const input: DatasetInput = {
  name: 'Figures on human trafficking',
  description: 'The figures with their sources.',
  pageUrl: 'https://site.test/figures/',
  csvUrl: 'https://site.test/data/figures.csv',
  jsonUrl: 'https://site.test/data/figures.json',
  siteName: 'Alliance 2023',
  siteUrl: 'https://site.test/',
  years: [2014, 2021, 2014],
};
const dataset = figureDataset(input);

describe('figureDataset', () => {
  it('is a schema.org Dataset compiled by this site, with CSV and JSON distributions', () => {
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.creator).toEqual({ '@type': 'Organization', name: 'Alliance 2023', url: 'https://site.test/' });
    expect(dataset.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://site.test/data/figures.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://site.test/data/figures.json' },
    ]);
    expect(dataset.temporalCoverage).toBe('2014/2021');
  });

  it('points to the downloads instead of listing figures or sources, so its size does not grow with them', () => {
    expect(dataset).not.toHaveProperty('variableMeasured');
    expect(dataset).not.toHaveProperty('isBasedOn');
    const many = figureDataset({ ...input, years: Array.from({ length: 5000 }, (_, i) => 2000 + (i % 24)) });
    expect(JSON.stringify(many).length).toBe(JSON.stringify(figureDataset({ ...input, years: [2000, 2023] })).length);
  });

  it('gives one year as one year, and no period without figures', () => {
    expect(figureDataset({ ...input, years: [2021, 2021] }).temporalCoverage).toBe('2021');
    expect(figureDataset({ ...input, years: [] })).not.toHaveProperty('temporalCoverage');
  });

  it('states no licence it could not back', () => {
    expect(dataset).not.toHaveProperty('license');
  });
});
