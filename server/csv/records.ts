// CSV records as text, written by Papa Parse (the importer reads with it too: one CSV library
// for both directions). Each record ends in `newline`, the last one included, so that pages of
// a streamed file join up. A field is quoted when it holds the delimiter, a quote, a line break
// of either kind, or leading or trailing spaces.
//
// Every CSV Pantau writes passes here, so this is where text that a spreadsheet would run as a
// formula is neutralised (CWE-1236): imported names such as `=HYPERLINK("http://x","y")`,
// `+cmd` or `@SUM(A1)` would otherwise be live formulas in whoever opens a download in Excel or
// LibreOffice. Papa's own `escapeFormulae` is not used: it tests the text of every string, and
// the Indonesian dialect writes its numbers as strings (`-2,42`), which it would turn into text.
// Here the cell's type decides: a number, or a CsvNumber written in a dialect, is left alone.
import Papa from 'papaparse';

/**
 * A number already written as a dialect writes it (`-2,42` for Indonesian Excel): a number to
 * the spreadsheet, so never neutralised, though it is text here.
 */
export class CsvNumber {
  constructor(readonly text: string) {}
}

export type CsvCell = string | number | null | CsvNumber;

/**
 * Text a spreadsheet reads as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return (OWASP's list). Apostrophes in front count too, so that text which already starts with
 * `'=` gets one more and the importer's `restoreNeutralised` gives back exactly what was stored.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell as written: with a leading `'` when a spreadsheet would read it as a formula. */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** What `neutralised` added, taken off again: one `'` before a formula's first character (the importer's side). */
export function restoreNeutralised(text: string): string {
  return text.charCodeAt(0) === 0x27 && FORMULA_START.test(text) ? text.slice(1) : text;
}

function written(cell: CsvCell): string | number | null {
  if (cell instanceof CsvNumber) return cell.text;
  return typeof cell === 'string' ? neutralised(cell) : cell;
}

export function csvRecords(rows: readonly (readonly CsvCell[])[], opts: { delimiter: ',' | ';'; newline: '\n' | '\r\n' }): string {
  if (rows.length === 0) return '';
  return Papa.unparse(rows.map((row) => row.map(written)), { delimiter: opts.delimiter, newline: opts.newline, header: false }) + opts.newline;
}
