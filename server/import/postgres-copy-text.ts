// Rows as PostgreSQL's COPY text format (https://www.postgresql.org/docs/15/sql-copy.html, "Text
// Format"): columns separated by a tab, rows ended by a newline, NULL as `\N`, and in a value
// the backslash, tab, newline and carriage return written as backslash sequences. Nothing else
// is special in text format: quotes and commas are data, and `\.` cannot appear because every
// backslash of a value is doubled. NUL cannot be sent in any form; the row check refuses it
// (a cell problem) before a row gets here.
import type { DbValue } from './kinds.ts';

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as a field of COPY text format. */
export function copyField(value: DbValue | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value); // as pg sends a bound number
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : value;
}

/** One row (values in the COPY's column order) as a line of COPY text format, newline included. */
export function copyLine(values: readonly (DbValue | undefined)[]): string {
  let line = copyField(values[0]);
  for (let i = 1; i < values.length; i++) line += '\t' + copyField(values[i]);
  return line + '\n';
}
