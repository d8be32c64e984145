// Runs cube queries on the open database: the one place where compiled SQL meets a connection.
import type { Database } from '../db/orm.ts';
import { compareValues, type SqlValue } from './byte-order.ts';
import { compileQuery, rawMeasures } from './compile.ts';
import { rawWithinTimeLimit } from './deadline.ts';
import { dialectOf } from './dialects/of.ts';
import type { Cube, CubeQuery, Filter, Rollup } from './model.ts';


export type Row = Record<string, string | number | null>;

/**
 * The query's rows, in its order (orderRows) unless `ordered: false`: for callers that only
 * index the rows by key, the sort of thousands of rows is most of the work. `raw: true` reads
 * the cube's own table, never a rollup (see planQuery).
 */
export async function runQuery<T extends Row = Row>(db: Database, cube: Cube, query: CubeQuery, opts: { ordered?: boolean; raw?: boolean } = {}): Promise<T[]> {
  const { sql, bindings } = compileQuery(planQuery(cube, query, { raw: opts.raw }), query, dialectOf(db));
  const result = (await rawWithinTimeLimit(db, sql, bindings)) as T[] | { rows: T[] };
  // knex returns rows directly for SQLite and a pg Result (rows inside) for PostgreSQL.
  const rows = Array.isArray(result) ? result : result.rows;
  return opts.ordered === false ? rows : orderRows(rows, query);
}

/**
 * The cube to compile a query against: its first rollup that can answer the query (every
 * dimension grouped or filtered by, named filters included, and every raw measure needed), as a
 * cube over the rollup's table; else the cube itself. `raw: true` forces the cube itself (the
 * tests compare both paths).
 */
export function planQuery(cube: Cube, query: CubeQuery, opts: { raw?: boolean } = {}): Cube {
  if (opts.raw || !cube.rollups?.length) return cube;
  const filters = [...(query.filters ?? []), ...(query.namedFilters ?? []).flatMap((n) => cube.namedFilters?.[n] ?? [])];
  const members = new Set([...query.dimensions, ...filters.map((f) => f.member), ...(query.order ?? []).map((o) => o.member).filter((m) => !(m in cube.measures))]);
  const needs = rawMeasures(cube, query.measures);
  const fits = (r: Rollup) =>
    [...members].every((m) => r.dimensions.includes(m)) &&
    [...needs].every((m) => m in r.measures) &&
    (!r.requires || ![...needs].some((m) => r.requires!.measures.includes(m)) || groupedAsRequired(r.requires, query.dimensions)) &&
    (r.grain !== 'year' || (wholeYears(cube, filters) && !query.dimensions.some((m) => timeMembers(cube).includes(m))));
  const rollup = cube.rollups.find(fits);
  if (!rollup) return cube;
  const dimensions = Object.fromEntries(rollup.dimensions.map((name) => [name, rollup.dimensionSql?.[name] ?? cube.dimensions[name]]));
  const ratios = Object.fromEntries(Object.entries(cube.measures).filter(([, m]) => m.kind === 'ratio'));
  return { ...cube, table: rollup.table, dimensions, measures: { ...ratios, ...rollup.measures }, rollups: undefined };
}

/** Whether a query's grouping is one a rollup's `requires` asks for. */
function groupedAsRequired(requires: NonNullable<Rollup['requires']>, dimensions: readonly string[]): boolean {
  return (requires.dimensions ?? []).every((m) => dimensions.includes(m)) && (!requires.oneOf || requires.oneOf.some((m) => dimensions.includes(m)));
}

/**
 * The cube's dimensions that are its time itself (the month index): a rollup of whole years
 * may be filtered by them (whole years only) but never grouped by them, as its rows have no month.
 */
function timeMembers(cube: Cube): string[] {
  return Object.entries(cube.dimensions).filter(([, d]) => d.sql === cube.time).map(([name]) => name);
}

/** Whether every filter on the cube's time takes whole years: a range from a January to a December (either end open). */
function wholeYears(cube: Cube, filters: Filter[]): boolean {
  const time = timeMembers(cube);
  return filters.every(
    (f) => !time.includes(f.member) || (f.op === 'between' && (f.from === undefined || f.from % 12 === 0) && (f.to === undefined || f.to % 12 === 11)),
  );
}

/**
 * The rows in the query's order, then by every dimension: a total order (a group is one set
 * of dimension values), the same on every database whatever its collation and NULL placement,
 * so no answer depends on the order a database happens to return rows in. Done here rather
 * than in SQL because the rows are few (they are groups) and because PostgreSQL can collate
 * only text, which the compiler cannot tell from a dimension's expression.
 */
export function orderRows<T extends Row>(rows: T[], query: Pick<CubeQuery, 'order' | 'dimensions'>): T[] {
  const keys = [...(query.order ?? []), ...query.dimensions.map((member) => ({ member, desc: false }))];
  return rows.sort((a, b) => {
    for (const { member, desc } of keys) {
      const c = compareValues(a[member] as SqlValue, b[member] as SqlValue);
      if (c !== 0) return desc ? -c : c;
    }
    return 0;
  });
}
