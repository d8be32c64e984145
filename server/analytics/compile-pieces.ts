// The pieces every form of a compiled query is written with (compile.ts, parts-form.ts): names
// quoted, filters and dimensions compiled for one dialect, measures as aggregates.
import type { SqlDialect } from './dialects/dialect.ts';
import type { Cube, CubeQuery, Filter, Measure, SqlExpression } from './model.ts';

export const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
export const expr = (e: SqlExpression, d: SqlDialect) => (typeof e === 'function' ? e(d) : e);

export function lookup<T>(kind: string, record: Record<string, T>, name: string): T {
  const found = record[name];
  if (!found) throw new Error(`unknown ${kind} "${name}" (known: ${Object.keys(record).join(', ')})`);
  return found;
}

export function compileFilters(cube: Cube, filters: Filter[], d: SqlDialect, bindings: (string | number)[]): string[] {
  return filters.map((f) => {
    const dimension = lookup('dimension', cube.dimensions, f.member);
    const column = expr(dimension.sql, d);
    const value = dimension.filterValue ?? ((v: number | string) => v);
    switch (f.op) {
      case 'equals':
        bindings.push(value(f.value));
        return `${column} = ?`;
      case 'in':
        if (f.values.length === 0) return '1 = 0';
        bindings.push(...f.values.map(value));
        return `${column} IN (${f.values.map(() => '?').join(', ')})`;
      case 'between': {
        const parts: string[] = [];
        if (f.from !== undefined) (parts.push(`${column} >= ?`), bindings.push(value(f.from)));
        if (f.to !== undefined) (parts.push(`${column} <= ?`), bindings.push(value(f.to)));
        return parts.length ? parts.join(' AND ') : '1 = 1';
      }
    }
  });
}

export type RawMeasure = Exclude<Measure, { kind: 'ratio' }>;

/** A dimension of a query, compiled for one dialect. */
export interface QueryDimension {
  name: string;
  /** The value selected. */
  sql: string;
  /** What is grouped by (and, in the stock form, joined on). */
  keys: string[];
  pinsTime: boolean;
  /** Dimension.attributeOf, if it has one. */
  attributeOf?: readonly string[];
}

export function queryDimensions(cube: Cube, names: string[], d: SqlDialect): QueryDimension[] {
  return names.map((name) => {
    const dim = lookup('dimension', cube.dimensions, name);
    const sql = expr(dim.sql, d);
    const keys = dim.groupBy?.length ? dim.groupBy.map((k) => expr(k, d)) : [sql];
    return { name, sql, keys, pinsTime: dim.pinsTime === true || sql === cube.time || sql === q(cube.time), attributeOf: dim.attributeOf };
  });
}

/**
 * The SQL of one measure in a SELECT. `aggregate(name, m)` gives the aggregate of a raw measure
 * (one with its own `sql`, or a count) in the form being written; ratios are built from those.
 */
export function measureSql(cube: Cube, name: string, d: SqlDialect, aggregate: (name: string, m: RawMeasure) => string): string {
  const m = lookup('measure', cube.measures, name);
  if (m.kind === 'ratio') {
    const num = measureSql(cube, m.numerator, d, aggregate);
    const den = measureSql(cube, m.denominator, d, aggregate);
    const scaled = m.scale && m.scale !== 1 ? `${d.float(num)} * ${m.scale}` : d.float(num);
    return `CASE WHEN ${den} IS NULL OR ${den} = 0 THEN NULL ELSE ${scaled} / ${den} END`;
  }
  const type = m.kind === 'count' || m.kind === 'countDistinct' || m.kind === 'last' ? 'integer' : m.kind === 'splitSum' ? 'float' : m.type;
  const value = aggregate(name, m);
  return type === 'integer' ? d.integer(value) : type === 'float' || type === 'wideInteger' ? d.float(value) : value;
}

/** The raw measures (own `sql`, or counts) that a list of measures needs, ratios expanded. */
export function rawMeasures(cube: Cube, names: string[], seen = new Set<string>()): Set<string> {
  for (const name of names) {
    const m = lookup('measure', cube.measures, name);
    if (m.kind === 'ratio') rawMeasures(cube, [m.numerator, m.denominator], seen);
    else seen.add(name);
  }
  return seen;
}

export function needsStockForm(cube: Cube, names: string[]): boolean {
  return names.some((n) => {
    const m = lookup('measure', cube.measures, n);
    return m.kind === 'last' || (m.kind === 'ratio' && needsStockForm(cube, [m.numerator, m.denominator]));
  });
}

/** Measures taken only over the rows of the latest time point (stocks, `atLast` min/max). */
export const atLatest = (m: RawMeasure) => m.kind === 'last' || ((m.kind === 'min' || m.kind === 'max') && m.atLast === true);

/**
 * The aggregate of a raw measure over rows whose value of its `sql` is `value`. The smallest or
 * largest text is taken in byte order, not the database's collation (see byte-order.ts).
 */
export function aggregateOf(m: RawMeasure, value: string | undefined, d: SqlDialect): string {
  switch (m.kind) {
    case 'count':
      return 'COUNT(*)';
    case 'countDistinct':
      return `COUNT(DISTINCT ${value})`;
    case 'sum':
      return m.type === 'wideInteger' ? d.exactSum(value!) : `SUM(${value})`;
    case 'last':
      return `SUM(${value})`;
    case 'min':
    case 'max':
      return `${m.kind.toUpperCase()}(${m.type === 'text' ? d.byteOrder(value!) : value})`;
    case 'splitSum':
      return d.splitSum(m.high, m.low, m.over);
  }
}

/** The query with the filters of its named filters after its own. */
export function withSegments(cube: Cube, query: CubeQuery): CubeQuery {
  if (!query.namedFilters?.length) return query;
  const named = query.namedFilters.flatMap((name) => lookup('named filter', cube.namedFilters ?? {}, name));
  return { ...query, filters: [...(query.filters ?? []), ...named] };
}
