// The CSV reader the site tests use on data/figures.csv: it must read back what the site writes.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';
import { parseCsv } from '../helpers/csv';

describe('parseCsv', () => {
  it('reads back what toCsv writes, quotes, commas and line breaks included', () => {
    const rows = [
      { id: 'a', text: 'plain' },
      { id: 'b, c', text: 'the "OSCE"\nsays' },
      { id: '', text: '' },
    ];
    expect(parseCsv(toCsv(['id', 'text'], rows))).toEqual([['id', 'text'], ['a', 'plain'], ['b, c', 'the "OSCE"\nsays'], ['', '']]);
  });

  it('accepts LF line ends and no final line break, and rejects an unclosed quote', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => parseCsv('a,"b')).toThrow(/quoted field/);
  });
});
