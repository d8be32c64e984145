// Runs cube queries on the open database: the one place where compiled SQL meets a connection.
import type { Database } from '../db/orm.ts';
import { compareValues, type SqlValue } from './byte-order.ts';
import { compileQuery, rawMeasures } from './compile.ts';
import { rawWithinTimeLimit } from './deadline.ts';
import { dialectOf } from './dialects/of.ts';
import type { SqlDialect } from './dialects/dialect.ts';
import type { CompiledQuery, Cube, CubeQuery, Filter, Rollup } from './model.ts';
import { compileParts, type QueryPart } from './parts-form.ts';
import { allTime, dayParts, timeMembers, wholeYears } from './time-filters.ts';


export type Row = Record<string, string | number | null>;

/**
 * The query's rows, in its order (orderRows) unless `ordered: false`: for callers that only
 * index the rows by key, the sort of thousands of rows is most of the work. `raw: true` reads
 * the cube's own table, never a rollup (see planQuery).
 */
export async function runQuery<T extends Row = Row>(db: Database, cube: Cube, query: CubeQuery, opts: { ordered?: boolean; raw?: boolean } = {}): Promise<T[]> {
  const { sql, bindings } = compiledPlan(cube, query, dialectOf(db), opts.raw === true);
  const result = (await rawWithinTimeLimit(db, sql, bindings)) as T[] | { rows: T[] };
  // knex returns rows directly for SQLite and a pg Result (rows inside) for PostgreSQL.
  const rows = Array.isArray(result) ? result : result.rows;
  return opts.ordered === false ? rows : orderRows(rows, query);
}

/** Plans kept per cube (a module's constant: a cube made per call is simply never found again). */
const plans = new WeakMap<Cube, Map<string, CompiledQuery>>();
export const PLANS_PER_CUBE = 500;

/**
 * The SQL and bindings of a query, as planQuery and compileQuery make them, kept by the query's
 * text: the dashboard asks the same few hundred queries all day, and choosing the rollup and
 * writing the SQL was a tenth of a small question's CPU. Both are pure functions of the cube,
 * the query and the dialect, so a kept plan is the one they would make again. A query holding
 * a value JSON cannot tell apart (NaN, Infinity) is compiled every time. The oldest kept plan
 * goes first beyond PLANS_PER_CUBE.
 */
export function compiledPlan(cube: Cube, query: CubeQuery, dialect: SqlDialect, raw: boolean): CompiledQuery {
  let exact = true;
  const text = JSON.stringify(query, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) exact = false;
    return value;
  });
  const compile = () => compilePlan(cube, query, dialect, raw);
  if (!exact) return compile();
  let kept = plans.get(cube);
  if (!kept) plans.set(cube, (kept = new Map()));
  const key = `${dialect.name}|${raw ? 'raw' : 'plan'}|${text}`;
  let plan = kept.get(key);
  if (!plan) {
    plan = compile();
    if (kept.size >= PLANS_PER_CUBE) kept.delete(kept.keys().next().value as string);
    kept.set(key, plan);
  }
  // A copy: whoever runs it may not change the kept bindings.
  return { sql: plan.sql, bindings: [...plan.bindings] };
}

/** The query compiled against the cube or rollup planQuery picks, or as parts (planParts). */
function compilePlan(cube: Cube, query: CubeQuery, dialect: SqlDialect, raw: boolean): CompiledQuery {
  return plan(cube, query, dialect, raw).compiled;
}

/**
 * The tables a query is read from and its SQL: as parts where planParts finds them and their
 * measures add up (compileParts), one part (a range of days that is whole months) as that part's
 * own query, else the whole query against what planQuery picks.
 */
function plan(cube: Cube, query: CubeQuery, dialect: SqlDialect, raw: boolean): { tables: string[]; compiled: CompiledQuery } {
  const parts = raw ? null : planParts(cube, query);
  if (parts?.length === 1) return { tables: [parts[0].cube.table], compiled: compileQuery(parts[0].cube, parts[0].query, dialect) };
  const compiled = parts && compileParts(cube, query, parts, dialect);
  if (parts && compiled) return { tables: parts.map((part) => part.cube.table), compiled };
  const whole = planQuery(cube, query, { raw });
  return { tables: [whole.table], compiled: compileQuery(whole, query, dialect) };
}

/**
 * A question over a range of days that holds whole months (twenty weeks), as parts
 * (time-filters.ts dayParts): the whole months from the rollup that answers them, the days at
 * the ends from whatever answers those (a day rollup, or the activities). A month table holds a
 * fraction of the groups of its days. Null when no rollup answers the whole months, or only the
 * table that answers the whole question does (grouped by week, the days' table).
 */
export function planParts(cube: Cube, query: CubeQuery): QueryPart[] | null {
  const parts = dayParts(cube, query)?.map((part) => ({ cube: planQuery(cube, part), query: part }));
  if (!parts || parts[0].cube === cube || parts[0].cube.table === planQuery(cube, query).table) return null;
  return parts;
}

/** The tables a query is read from, as runQuery reads it (tests check the planner's choice). */
export function plannedTables(cube: Cube, query: CubeQuery, dialect: SqlDialect, opts: { raw?: boolean } = {}): string[] {
  return plan(cube, query, dialect, opts.raw === true).tables;
}

/** How many plans are kept for a cube (tests check the bound). */
export function keptPlanCount(cube: Cube): number {
  return plans.get(cube)?.size ?? 0;
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
    (!r.requires || ![...needs].some((m) => r.requires!.measures.includes(m)) || groupedAsRequired(r.requires, query.dimensions) || latestByAnswers(cube, r, query.dimensions, filters)) &&
    (r.grain === undefined || ((r.grain === 'year' ? wholeYears(cube, filters) : allTime(cube, filters)) && !query.dimensions.some((m) => timeMembers(cube).includes(m))));
  const rollup = cube.rollups.find(fits);
  if (!rollup) return cube;
  const dimensions = Object.fromEntries(rollup.dimensions.map((name) => [name, rollup.dimensionSql?.[name] ?? cube.dimensions[name]]));
  const ratios = Object.fromEntries(Object.entries(cube.measures).filter(([, m]) => m.kind === 'ratio'));
  return { ...cube, table: rollup.table, dimensions, measures: { ...ratios, ...rollup.measures }, rollups: undefined, latestBy: rollup.latestBy };
}

/**
 * Whether a rollup keyed by the partitions' next time points (Rollup.latestBy) tells the latest
 * rows of the query's groups: grouped by its whole series, by at most one time dimension, and
 * filtered on the time only by ranges of the time itself (a filter on a bucket's label would
 * end a group before its bucket does).
 */
function latestByAnswers(cube: Cube, r: Rollup, dimensions: readonly string[], filters: Filter[]): boolean {
  if (!r.latestBy || !r.latestBy.series.every((m) => dimensions.includes(m))) return false;
  const time = timeMembers(cube);
  const buckets = Object.keys(cube.dimensions).filter((name) => cube.dimensions[name].last !== undefined);
  if (dimensions.filter((m) => time.includes(m) || buckets.includes(m)).length > 1) return false;
  return filters.every((f) => !buckets.includes(f.member) && (!time.includes(f.member) || f.op === 'between'));
}

/** Whether a query's grouping is one a rollup's `requires` asks for. */
function groupedAsRequired(requires: NonNullable<Rollup['requires']>, dimensions: readonly string[]): boolean {
  return (requires.dimensions ?? []).every((m) => dimensions.includes(m)) && (!requires.oneOf || requires.oneOf.some((m) => dimensions.includes(m)));
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
