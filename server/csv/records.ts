// CSV records as text, written by Papa Parse (the importer reads with it too: one CSV library
// for both directions). Each record ends in `newline`, the last one included, so that pages of
// a streamed file join up. A field is quoted when it holds the delimiter, a quote, a line break
// of either kind, or leading or trailing spaces.
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export function csvRecords(rows: readonly (readonly CsvCell[])[], opts: { delimiter: ',' | ';'; newline: '\n' | '\r\n' }): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows as CsvCell[][], { delimiter: opts.delimiter, newline: opts.newline, header: false }) + opts.newline;
}
