// The semantic layer's vocabulary: a cube is a table with named measures and dimensions,
// declared as data; a query names the members it wants. The compiler turns the pair into SQL
// for one dialect. Cubes live with their domain (server/domains/<name>/cube.ts).
import type { SqlDialect } from './dialects/dialect.ts';

/** An SQL expression over the cube's table, possibly different per dialect. */
export type SqlExpression = string | ((dialect: SqlDialect) => string);

export type Measure =
  /** A flow: summed over rows (and over time). Null when every row is null. */
  | { kind: 'sum'; sql: SqlExpression; type: 'integer' | 'float' }
  /** Number of rows. */
  | { kind: 'count' }
  /** Smallest or largest value; with `atLast`, only over the rows of the latest time point. */
  | { kind: 'min' | 'max'; sql: SqlExpression; type: 'integer' | 'float' | 'text'; atLast?: boolean }
  /**
   * A stock: within each group, the value of the latest time point (per partition, e.g. per
   * branch), then summed across partitions. Never summed over time.
   */
  | { kind: 'last'; sql: SqlExpression; type: 'integer' }
  /** numerator / denominator × scale of two other measures; null when the denominator is 0. */
  | { kind: 'ratio'; numerator: string; denominator: string; scale?: number };

export interface Dimension {
  sql: SqlExpression;
}

export interface Cube {
  table: string;
  /** Integer column ordering time points (month index); needed by `last` measures. */
  time: string;
  /** Columns a stock is taken separately for before summing (e.g. branch_code). */
  stockPartition: string[];
  measures: Record<string, Measure>;
  dimensions: Record<string, Dimension>;
}

export type Filter =
  | { member: string; op: 'equals'; value: string | number }
  | { member: string; op: 'in'; values: (string | number)[] }
  | { member: string; op: 'between'; from?: number; to?: number };

export interface CubeQuery {
  measures: string[];
  dimensions: string[];
  /** Filters on dimensions, or on raw columns when prefixed with `column:`. */
  filters?: Filter[];
  /** Dimensions or measures to order by, each optionally `desc`. */
  order?: { member: string; desc?: boolean }[];
}

export interface CompiledQuery {
  sql: string;
  bindings: (string | number)[];
}
