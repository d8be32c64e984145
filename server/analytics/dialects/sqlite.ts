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
  // TOTAL adds integers in 64 bits, exactly, and (unlike SUM) does not fail past 2^63 but goes
  // on in compensated floating point: exact up to 9.2e18, within a rounding beyond (where
  // PostgreSQL stays exact). TOTAL of no rows is 0.0, SUM's NULL is kept.
  exactSum: (e) => `CASE WHEN COUNT(${e}) = 0 THEN NULL ELSE TOTAL(${e}) END`,
  wide: (e) => e,
};
