import pg from 'pg';
import { quarterOf, type SqlDialect } from './dialect.ts';

// COUNT and SUM return bigint/numeric, which node-postgres hands back as strings: read them as
// numbers (counts of people and Rupiah amounts stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export const postgresqlDialect: SqlDialect = {
  name: 'postgresql',
  stockLatest: 'window',
  integer: (e) => `CAST(${e} AS BIGINT)`,
  float: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  monthLabel: (y, m) => `(to_char(${y}, 'FM0000') || '-' || to_char(${m}, 'FM00'))`,
  quarterLabel: (y, m) => `(to_char(${y}, 'FM0000') || '-Q' || (${quarterOf(m)}))`,
  yearLabel: (y) => `CAST(${y} AS TEXT)`,
  isoWeekLabel: (day) => `to_char(CAST(${day} AS date), 'IYYY-"W"IW')`,
  // "C" compares with memcmp; a database made with ICU (or a libc locale) would otherwise sort
  // FACE_TO_FACE before FACEBOOK. (An index is used for it only when built in "C" too.)
  byteOrder: (e) => `(${e}) COLLATE "C"`,
  // NUMERIC never rounds; its cast to double is correctly rounded (as SQLite's split sum is).
  exactSum: (e) => `SUM(CAST(${e} AS NUMERIC))`,
  wide: (e) => `CAST(${e} AS NUMERIC)`,
  // The same parts as SQLite's (div and mod of a non-negative NUMERIC are its shift and mask),
  // so the rollup's columns mean the same on both; a term past 2^63 stays exact in `over`.
  splitTerm: (e) => ({
    high: `CASE WHEN ${e} < 9223372036854775808 THEN div(${e}, 4294967296) END`,
    low: `CASE WHEN ${e} < 9223372036854775808 THEN mod(${e}, 4294967296) END`,
    over: `CASE WHEN ${e} >= 9223372036854775808 THEN ${e} END`,
  }),
  splitSum: (high, low, over) => `(SUM(CAST(${high} AS NUMERIC)) * 4294967296 + SUM(CAST(${low} AS NUMERIC)) + COALESCE(SUM(${over}), 0))`,
};
