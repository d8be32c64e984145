import { quarterOf, type SqlDialect } from './dialect.ts';

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  stockLatest: 'lookup',
  integer: (e) => `CAST(${e} AS INTEGER)`,
  float: (e) => `CAST(${e} AS REAL)`,
  monthLabel: (y, m) => `printf('%04d-%02d', ${y}, ${m})`,
  quarterLabel: (y, m) => `printf('%04d-Q%d', ${y}, ${quarterOf(m)})`,
  yearLabel: (y) => `CAST(${y} AS TEXT)`,
  // BINARY (memcmp) is SQLite's default; said explicitly so that a column declared NOCASE
  // could not change the order. Indexes with the default collation still serve it.
  byteOrder: (e) => `${e} COLLATE BINARY`,
};
