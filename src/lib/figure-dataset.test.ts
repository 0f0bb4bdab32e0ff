import { describe, expect, it } from 'vitest';
import { figureDataset } from './figure-dataset';

const ilo = { publisher: 'ILO', title: 'Profits and Poverty', year: 2014, url: 'https://ilo.test/p' };
const dataset = figureDataset({
  name: 'Figures on human trafficking',
  description: 'The figures with their sources.',
  pageUrl: 'https://site.test/figures/',
  csvUrl: 'https://site.test/data/figures.csv',
  jsonUrl: 'https://site.test/data/figures.json',
  siteName: 'Alliance 2023',
  siteUrl: 'https://site.test/',
  figures: [
    { title: 'Profits', year: 2014, source: ilo },
    { title: 'Profits from sexual exploitation', year: 2014, source: ilo },
    { title: 'People in forced labour', year: 2021, source: { publisher: 'ILO, Walk Free and IOM', title: 'GEMS', year: 2022, url: 'https://ilo.test/g' } },
  ],
});

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

  it('credits each original publication once, with its publisher', () => {
    expect(dataset.isBasedOn).toEqual([
      { '@type': 'CreativeWork', name: 'Profits and Poverty', url: 'https://ilo.test/p', datePublished: '2014', publisher: { '@type': 'Organization', name: 'ILO' } },
      { '@type': 'CreativeWork', name: 'GEMS', url: 'https://ilo.test/g', datePublished: '2022', publisher: { '@type': 'Organization', name: 'ILO, Walk Free and IOM' } },
    ]);
  });

  it('states no licence it could not back', () => {
    expect(dataset).not.toHaveProperty('license');
  });
});
