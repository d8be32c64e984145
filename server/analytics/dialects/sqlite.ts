import { quarterOf, type SqlDialect } from './dialect.ts';

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  stockLatest: 'lookup',
  integer: (e) => `CAST(${e} AS INTEGER)`,
  float: (e) => `CAST(${e} AS REAL)`,
  monthLabel: (y, m) => `printf('%04d-%02d', ${y}, ${m})`,
  quarterLabel: (y, m) => `printf('%04d-Q%d', ${y}, ${quarterOf(m)})`,
  yearLabel: (y) => `CAST(${y} AS TEXT)`,
  // SQLite before 3.46 has no %G/%V: a day's ISO week is the week of its Thursday (the first
  // Thursday on or after the day three days earlier), numbered from that Thursday's year.
  isoWeekLabel: (day) => {
    const thursday = `date(${day}, '-3 days', 'weekday 4')`;
    return `(strftime('%Y', ${thursday}) || '-W' || printf('%02d', (CAST(strftime('%j', ${thursday}) AS INTEGER) - 1) / 7 + 1))`;
  },
  // BINARY (memcmp) is SQLite's default; said explicitly so that a column declared NOCASE
  // could not change the order. Indexes with the default collation still serve it.
  byteOrder: (e) => `(${e}) COLLATE BINARY`,
  // Each 64-bit term split at bit 32 and the halves summed apart, exactly (a SUM of integers
  // fails past 2^63, a float sum rounds); the high sum times 2^32 is an exact double, so adding
  // the low sum rounds once: the nearest double to the exact total, as PostgreSQL's NUMERIC
  // gives. Exact while the high halves sum below 2^53 (a total below ~3.9e25). A term past 2^63
  // is already a float in SQLite (a product overflows into REAL), and no bit of it can be split:
  // then TOTAL's compensated float sum, within a rounding of PostgreSQL's exact one.
  exactSum: (e) =>
    `(CASE WHEN MAX(typeof(${e}) = 'real') THEN TOTAL(${e}) ELSE CAST(SUM((${e}) >> 32) AS REAL) * 4294967296.0 + SUM((${e}) & 4294967295) END)`,
  wide: (e) => e,
  // A product past 2^63 is a REAL in SQLite: such a term has no bits to split.
  splitTerm: (e) => ({
    high: `CASE WHEN typeof(${e}) = 'integer' THEN (${e}) >> 32 END`,
    low: `CASE WHEN typeof(${e}) = 'integer' THEN (${e}) & 4294967295 END`,
    over: `CASE WHEN typeof(${e}) = 'real' THEN ${e} END`,
  }),
  // The same split sum as exactSum's (the group sums of the halves add up to the sums of the
  // halves), plus the float terms; TOTAL of none is 0.0, which changes nothing.
  splitSum: (high, low, over) => `(CAST(SUM(${high}) AS REAL) * 4294967296.0 + SUM(${low}) + TOTAL(${over}))`,
};
