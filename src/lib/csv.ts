// Open data as CSV for spreadsheets, written by csv-stringify (RFC 4180 quoting) with the rules a
// spreadsheet needs on top:
// - a UTF-8 byte-order mark, without which Excel reads "2017–2021" as "2017â€“2021";
// - CRLF line ends;
// - formula escaping (OWASP "CSV injection"): a text cell starting with =, +, -, @, a tab or a
//   carriage return (or their full-width forms) gets a leading apostrophe, so Excel and LibreOffice
//   show it as text instead of running it. Numbers are written as numbers: -5 stays -5.
//   A cell starting with a line feed or NUL is treated the same way (OWASP ASVS lists NUL).
import { stringify } from 'csv-stringify/sync';

/** Text cells csv-stringify does not neutralise itself: a leading line feed or NUL. */
const EXTRA_FORMULA_START = /^[\n\0]/;

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c])),
    {
      bom: true,
      header: true,
      columns: [...columns],
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: {
        boolean: (value) => String(value),
        string: (value) => (EXTRA_FORMULA_START.test(value) ? `'${value}` : value),
      },
    },
  );
}
