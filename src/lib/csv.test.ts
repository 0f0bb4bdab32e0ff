import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('27,6')).toBe('"27,6"');
    expect(csvField('the "OSCE"')).toBe('"the ""OSCE"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(27600000)).toBe('27600000');
  });
});

describe('toCsv', () => {
  it('writes a header and rows in the given column order with CRLF', () => {
    expect(toCsv(['id', 'value'], [{ value: 1, id: 'a' }, { id: 'b, c' }])).toBe('id,value\r\na,1\r\n"b, c",\r\n');
  });
});
