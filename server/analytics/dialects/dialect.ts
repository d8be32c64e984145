// The few SQL fragments that differ between SQLite and PostgreSQL. Everything else the
// compiler writes is portable SQL.

/**
 * The quarter (1–4) of an integer month column, in SQL both dialects read alike (integer
 * division). Cubes group by it and the membership stock index is built on it, so it is written
 * in one place: an expression index is used only for the very same expression.
 */
export const quarterOf = (month: string): string => `(${month} + 2) / 3`;
export interface SqlDialect {
  name: 'sqlite' | 'postgresql';
  /**
   * How a stock finds the rows at the latest time point of each group and partition (see
   * compile.ts). `lookup`: a GROUP BY for the latest points, then an index seek per point —
   * best where aggregation means sorting (SQLite), given an index in group order. `window`: a
   * window MAX over the rows in scope — best where hash aggregation and sorts are cheap but
   * 100k+ index probes are not, and misestimated into nested loops (PostgreSQL).
   */
  stockLatest: 'lookup' | 'window';
  /** Casts a numeric expression to a JavaScript-safe integer column. */
  integer(expr: string): string;
  /** Casts a numeric expression to floating point (so that division is not integer division). */
  float(expr: string): string;
  /** `YYYY-MM` label from integer year and month columns. */
  monthLabel(year: string, month: string): string;
  /** `YYYY-Qn` label from integer year and month columns. */
  quarterLabel(year: string, month: string): string;
  /** `YYYY` label from an integer year column. */
  yearLabel(year: string): string;
  /** `YYYY-Www` label of the ISO week of a `YYYY-MM-DD` text column (common/time/iso-week.ts). */
  isoWeekLabel(day: string): string;
  /**
   * A text expression compared and ordered by code point (the byte order of UTF-8), whatever
   * the collation the database or column was created with: the one text order of every
   * answer (see byte-order.ts). Text only: PostgreSQL refuses a collation on a number.
   */
  byteOrder(text: string): string;
  /**
   * SUM of integer terms (each within 64 bits), exact however large the total, as a number the
   * dialect's float() turns into the nearest double (NULL when no term is). For `wideInteger`
   * measures.
   */
  exactSum(integers: string): string;
  /**
   * An integer expression widened for the terms of a `wideInteger` sum, so that a product of
   * two does not overflow: NUMERIC on PostgreSQL (whose INTEGER columns overflow past 2^31),
   * as it is on SQLite (64-bit). E.g. `${d.wide('cost_idr')} * cost_idr`.
   */
  wide(integer: string): string;
  /**
   * The parts of one term of a `wideInteger` sum (written with wide()), for a rollup to sum per
   * group: `high` and `low`, the halves of a term that fits 64 bits split at bit 32 (NULL for
   * other terms), and `over`, a term past 2^63 (NULL for others; only a cost above about 3·10⁹
   * squared gets there). Summed per group, they give back exactSum()'s total through splitSum.
   */
  splitTerm(term: string): { high: string; low: string; over: string };
  /**
   * exactSum() of the terms of rollup groups, from the groups' sums of splitTerm's parts: the
   * very same number, as long as no term passed 2^63. Past it PostgreSQL is still exact and
   * SQLite adds the float `over` sums (as exactSum() falls back to a float sum).
   */
  splitSum(high: string, low: string, over: string): string;
}
