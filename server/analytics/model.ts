// The semantic layer's vocabulary: a cube is a table with named measures and dimensions,
// declared as data; a query names the members it wants. The compiler turns the pair into SQL
// for one dialect. Cubes live with their domain (server/domains/<name>/cube.ts).
import type { FigureMeta, Format, Title } from '../../common/vocabulary/measures.ts';
import type { SqlDialect } from './dialects/dialect.ts';

/** An SQL expression over the cube's table, possibly different per dialect. */
export type SqlExpression = string | ((dialect: SqlDialect) => string);

export type Measure =
  /**
   * A flow: summed over rows (and over time). Null when every row is null. `wideInteger`: the
   * terms are 64-bit integers whose sum may pass 2^53 (products of amounts, second moments): summed
   * exactly and returned as the nearest double, the same on every database. A `float` sum is
   * not: SQLite compensates rounding errors and PostgreSQL does not, each adding the rows in its
   * own order, so inexact float sums differ in the last bits between them. Write products in the
   * terms with SqlDialect.wide, e.g. `(d) => \`${d.wide('cost_idr')} * cost_idr\``.
   */
  | { kind: 'sum'; sql: SqlExpression; type: 'integer' | 'float' | 'wideInteger'; atLast?: boolean }
  /** Number of rows. */
  | { kind: 'count' }
  /**
   * Number of different values of `sql` (nulls not counted), which names the column `of`, e.g.
   * the branches of a group (`branch_code`), or those of its rows that pass a condition
   * (`CASE WHEN … THEN branch_code END`). Only in plain GROUP BY queries (no stocks); grouped by
   * an attribute of `of` (a branch's office), counted per value of `of` and added up.
   */
  | { kind: 'countDistinct'; sql: SqlExpression; of: string }
  /**
   * Smallest or largest value; with `atLast`, only over the rows of the latest time point (a
   * sum `atLast` exists only in rollups with `latestBy`: the sum over those rows).
   */
  | { kind: 'min' | 'max'; sql: SqlExpression; type: 'integer' | 'float' | 'text'; atLast?: boolean }
  /**
   * A stock: within each group, the value of the latest time point (per partition, e.g. per
   * branch), then summed across partitions. Never summed over time.
   */
  | { kind: 'last'; sql: SqlExpression; type: 'integer' }
  /** numerator / denominator × scale of two other measures; null when the denominator is 0. */
  | { kind: 'ratio'; numerator: string; denominator: string; scale?: number }
  /**
   * A `wideInteger` sum pre-aggregated in a rollup (Rollup.measures), exactly as the cube sums
   * its terms: per group, the terms that fit 64 bits split at bit 32 into the sums of their
   * high and low halves (columns `high`, `low`), and the terms past 2^63 summed in `over`. See
   * SqlDialect.splitTerm and splitSum. Only in plain GROUP BY queries (no stocks).
   */
  | { kind: 'splitSum'; high: string; low: string; over: string };

export interface Dimension {
  /** The value of the dimension (what a query returns, e.g. a `YYYY-Qn` label). */
  sql: SqlExpression;
  /**
   * The columns (or expressions) `sql` is computed from, grouped by instead of `sql` itself:
   * grouping by plain columns lets an index deliver the groups in order (no sort of every row),
   * which grouping by a computed label never can. Must correspond one to one with the values of
   * `sql`, and must not be NULL when the cube has stock measures (the stock form matches rows to
   * their group by equality on these). Default: `[sql]`.
   */
  groupBy?: SqlExpression[];
  /**
   * Every value of the dimension is a single time point of the cube (e.g. a month label when the
   * cube's time is the month index): a group never spans two time points, so a stock grouped by
   * it is a plain sum and needs no search for the latest point. A dimension whose `sql` is the
   * cube's `time` column pins time without saying so.
   */
  pinsTime?: boolean;
  /**
   * The columns of the cube's rows that the dimension is an attribute of, one value per value
   * of them (a branch's regional office, looked up in another table, is one per branch_code):
   * `sql` reads only these columns. A query grouping by it groups the rows by these columns
   * first and finds the value once per such group, not once per row (compile.ts
   * attributeForm), when every measure it needs adds up again exactly.
   */
  attributeOf?: readonly string[];
  /**
   * The value a filter on the dimension compares `sql` with, from the filter's (a number): for a
   * dimension stored as text that filters take as numbers (a day number against a `YYYY-MM-DD`
   * column). Default: the filter's value as it is.
   */
  filterValue?: (value: number | string) => number | string;
  /**
   * For a bucket of time (a year, a quarter): the last time point of the bucket a row falls in.
   * A rollup with `latestBy` tells from it which of a group's rows are their partition's latest.
   */
  last?: SqlExpression;
}

export interface Cube {
  table: string;
  /** Integer column ordering time points (month index); needed by `last` measures. */
  time: string;
  /**
   * Columns a stock is taken separately for before summing (e.g. branch_code). Must not be NULL
   * (the stock form matches rows to their partition by equality).
   */
  stockPartition: string[];
  measures: Record<string, Measure>;
  dimensions: Record<string, Dimension>;
  /**
   * Named filters: recurring filters (e.g. `persons`, the rows that count persons across
   * programs), defined once here and asked for by name (CubeQuery.namedFilters). What other
   * semantic layers call segments; here a segment is PU, BPU… (the membership segment).
   */
  namedFilters?: Record<string, Filter[]>;
  /**
   * Pre-aggregated tables that answer some of the cube's queries with fewer rows, smallest
   * first: a query is read from the first whose dimensions hold every dimension it groups or
   * filters by and whose measures hold every raw measure it needs (run.ts planQuery).
   */
  rollups?: Rollup[];
  /**
   * For a cube whose rows are dated within its time's months (campaign activities): the
   * dimension of their day, which filters take as day numbers. A query over a range of days
   * that no rollup answers whole is read as the whole months the range holds (from a month
   * rollup) and the days at its ends (time-filters.ts dayParts, run.ts planParts).
   */
  day?: string;
  /** Set on the cube planQuery makes of a rollup with `latestBy` (run.ts): how its latest rows are told. */
  latestBy?: LatestBy;
}

/** A rollup of a cube: a table of pre-aggregated groups and how the cube's measures read it. */
export interface Rollup {
  table: string;
  /** The cube's dimensions it can group and filter by (their SQL must hold over its columns). */
  dimensions: readonly string[];
  /** The cube's raw measures as aggregates of its columns (ratios follow from these). */
  measures: Record<string, Exclude<Measure, { kind: 'ratio' | 'last' }>>;
  /**
   * Dimensions whose SQL differs over the rollup's columns (by default a dimension's SQL is the
   * cube's, over columns of the same names).
   */
  dimensionSql?: Record<string, Dimension>;
  /**
   * Groups of whole years: the rollup answers a filter on the cube's time (month index) only
   * when it takes whole years (from a January, to a December, or open), and its dimensionSql
   * gives the time as each year's first month. Groups of all time (`all`): it answers a filter
   * on the time only when the filter is open at both ends. Neither is ever grouped by the time.
   */
  grain?: 'year' | 'all';
  /**
   * Measures the rollup answers only for queries grouped by every one of `dimensions` (a
   * rollup of year-end stocks answers stocks per year and series, never over several at once)
   * and by at least one of `oneOf` (a rollup summed over branches answers stocks only where a
   * group is one time point, its month).
   */
  requires?: { measures: readonly string[]; dimensions?: readonly string[]; oneOf?: readonly string[] };
  /**
   * The rollup's rows are keyed also by each partition's next time point in its series, so that
   * the rows that are their partition's latest in a group are told without the partition: those
   * whose next time point lies past the group's end (its bucket's `last`, or the time filter's
   * upper end, whichever comes first). Its `atLast` measures then give stocks over any bucket of
   * time as plain sums, for queries grouped by every dimension of `series` and by at most one
   * time dimension, filtered on the time only by ranges of the time itself.
   */
  latestBy?: LatestBy;
}

export interface LatestBy {
  /** The column of the partition's next time point in the series, `none` when there is none. */
  next: string;
  none: number;
  /** The dimensions that, with the cube's stock partition, make a series of time points. */
  series: readonly string[];
}

/**
 * A cube of a domain: every measure says what it is for people (title, unit, format: the
 * figures of the answers take theirs from common/vocabulary/measures.ts), every dimension its
 * title. The compiler needs none of it, so its own tests write bare cubes.
 */
export interface DescribedCube extends Cube {
  measures: Record<string, Measure & { meta: FigureMeta }>;
  dimensions: Record<string, Dimension & { title: Title }>;
}

/**
 * The metadata of a measure that no answer shows as it is (a month index, a source code, a
 * count of months, a sum of squares): an answer derives its figures from it, so it has no unit
 * of its own in any header.
 */
export const internalFigure = (id: string, en: string, format: Format): FigureMeta => ({ title: { id, en }, unit: '', format });

export type Filter =
  | { member: string; op: 'equals'; value: string | number }
  | { member: string; op: 'in'; values: (string | number)[] }
  | { member: string; op: 'between'; from?: number; to?: number };

export interface CubeQuery {
  measures: string[];
  dimensions: string[];
  /** Filters on dimensions. */
  filters?: Filter[];
  /** Named filters of the cube (Cube.namedFilters), applied as if their filters were in `filters`. */
  namedFilters?: string[];
  /**
   * Dimensions or measures to order by, each optionally `desc`; ties, and queries without
   * `order`, fall back to the dimensions in turn. Applied by the runner (run.ts, orderRows):
   * NULL first, numbers by value, text by code point, on every database.
   */
  order?: { member: string; desc?: boolean }[];
}

export interface CompiledQuery {
  sql: string;
  bindings: (string | number)[];
}
