// Compiles a cube query to SQL for one dialect. Pure: no database, no I/O, so it is unit-tested
// on its own and the same query yields the same answer on SQLite and PostgreSQL.
//
// Queries without stock measures compile to one GROUP BY. So do queries with a stock grouped by
// a dimension that pins time (each group is one time point, so every row is at its latest).
// Other stock queries need the latest time point of each group and partition; how they find it
// is the dialect's choice (SqlDialect.stockLatest): two index-friendly steps on SQLite (see
// stockForm), a window over the rows in scope on PostgreSQL (see windowForm).
//
// The SQL has no ORDER BY: the runner orders the grouped rows (run.ts, orderRows), in byte
// order whatever the database's collation.
import type { SqlDialect } from './dialects/dialect.ts';
import { aggregateOf, atLatest, compileFilters, expr, lookup, measureSql, needsStockForm, q, type QueryDimension, queryDimensions, rawMeasures, type RawMeasure, withSegments } from './compile-pieces.ts';
import type { CompiledQuery, Cube, CubeQuery, Filter, SqlExpression } from './model.ts';
import { partsForm } from './parts-form.ts';

export { rawMeasures };

export function compileQuery(cube: Cube, asked: CubeQuery, d: SqlDialect): CompiledQuery {
  const query = withSegments(cube, asked);
  const bindings: (string | number)[] = [];
  const dims = queryDimensions(cube, query.dimensions, d);
  const where = (filters = query.filters ?? []) => {
    const parts = compileFilters(cube, filters, d, bindings);
    return parts.length ? ` WHERE ${parts.join(' AND ')}` : '';
  };

  // Without a stock, or when every group is a single time point (all its rows are its latest),
  // a stock is a plain sum and `atLast` changes nothing: one GROUP BY.
  if (!needsStockForm(cube, query.measures) || dims.some((dim) => dim.pinsTime)) {
    const latest = dims.some((dim) => dim.pinsTime) ? null : latestRows(cube, query, d);
    const value = (m: RawMeasure) => {
      if (!('sql' in m)) return undefined;
      const sql = expr(m.sql, d);
      return latest && 'atLast' in m && m.atLast ? `CASE WHEN ${latest} THEN ${sql} END` : sql;
    };
    // Grouped by an attribute of other columns (Dimension.attributeOf): the rows grouped by
    // those columns first, then the groups by the attribute, found once per group. Reading the
    // regional office of each of tens of thousands of rollup rows, and sorting them by it, cost
    // more than the sums; grouped by branch first, the rows come in the rollup's key order.
    if (dims.some((dim) => dim.attributeOf?.length)) {
      const grouped = partsForm(cube, query, [{ cube, value, where }], d, bindings);
      if (grouped) return grouped;
    }
    const select = [
      ...dims.map((dim) => `${dim.sql} AS ${q(dim.name)}`),
      ...query.measures.map((name) => `${measureSql(cube, name, d, (_, m) => aggregateOf(m, value(m), d))} AS ${q(name)}`),
    ];
    const whereSql = where();
    const groupBy = dims.length ? ` GROUP BY ${dims.flatMap((dim) => dim.keys).join(', ')}` : '';
    return { sql: `SELECT ${select.join(', ')} FROM ${q(cube.table)}${whereSql}${groupBy}`, bindings };
  }
  // A split sum is read from its three columns: the stock forms, which carry one value per
  // measure through a subquery, have no place for it (no rollup holds stocks).
  const split = [...rawMeasures(cube, query.measures)].find((name) => cube.measures[name].kind === 'splitSum');
  if (split) throw new Error(`measure "${split}" is a rollup's split sum, which a stock query cannot carry`);
  // A distinct count does not add up over the stock forms' partial groups.
  const distinct = [...rawMeasures(cube, query.measures)].find((name) => cube.measures[name].kind === 'countDistinct');
  if (distinct) throw new Error(`measure "${distinct}" counts distinct values, which a stock query cannot carry`);
  return d.stockLatest === 'window' ? windowForm(cube, query, d, dims, where(), bindings) : stockForm(cube, query, d, dims, where, bindings);
}

/**
 * Over a rollup keyed by the partitions' next time points (Cube.latestBy, set by planQuery): the
 * condition that a row is its partition's latest in its group, i.e. that its next time point lies
 * past the group's end, the first of its bucket's last time point (the one time dimension
 * grouped by, if any) and the upper ends of the filters on the time. Null for other cubes.
 */
function latestRows(cube: Cube, query: CubeQuery, d: SqlDialect): string | null {
  if (!cube.latestBy) return null;
  const { next, none } = cube.latestBy;
  const ends: string[] = [];
  for (const name of query.dimensions) {
    const last = cube.dimensions[name]?.last;
    if (last !== undefined) ends.push(expr(last, d));
  }
  for (const f of query.filters ?? []) {
    if (f.op !== 'between' || f.to === undefined || expr(lookup('dimension', cube.dimensions, f.member).sql, d) !== cube.time) continue;
    if (!Number.isInteger(f.to)) throw new Error(`a time filter's end must be an integer time point, not ${f.to}`);
    ends.push(String(f.to));
  }
  return ends.length ? `(${ends.map((end) => `${q(next)} > ${end}`).join(' OR ')})` : `${q(next)} = ${none}`;
}

/**
 * A stock query in one pass (for dialects with `stockLatest: 'window'`): the rows in scope, each
 * tagged with the latest time point of its group and partition by a window MAX, then one GROUP
 * BY that sums flows over all rows but stocks only over the rows at their latest point.
 */
function windowForm(cube: Cube, query: CubeQuery, d: SqlDialect, dims: QueryDimension[], whereSql: string, bindings: (string | number)[]): CompiledQuery {
  const raw = [...rawMeasures(cube, query.measures)].map((name) => ({ name, m: cube.measures[name] as RawMeasure }));
  // Stock partition first: an index led by it (and the filtered columns) then yields the rows in
  // window order, so PostgreSQL reads the index instead of sorting every row in scope.
  const partition = [...cube.stockPartition.map(q), ...dims.flatMap((dim) => dim.keys)];
  const latest = `MAX(${q(cube.time)}) OVER (${partition.length ? `PARTITION BY ${partition.join(', ')}` : ''})`;
  const value = (name: string) => `b.${q(`__m_${name}`)}`;
  const baseSelect = [
    ...dims.map((dim) => `${dim.sql} AS ${q(dim.name)}`),
    `${q(cube.time)} AS "__t"`,
    `${latest} AS "__last"`,
    ...raw.filter(({ m }) => 'sql' in m).map(({ name, m }) => `${expr((m as { sql: SqlExpression }).sql, d)} AS ${q(`__m_${name}`)}`),
  ];
  const select = [
    ...dims.map((dim) => `b.${q(dim.name)} AS ${q(dim.name)}`),
    ...query.measures.map(
      (name) =>
        `${measureSql(cube, name, d, (n, m) => aggregateOf(m, m.kind === 'count' ? undefined : atLatest(m) ? `CASE WHEN b."__t" = b."__last" THEN ${value(n)} END` : value(n), d))} AS ${q(name)}`,
    ),
  ];
  const groupBy = dims.length ? ` GROUP BY ${dims.map((dim) => `b.${q(dim.name)}`).join(', ')}` : '';
  return { sql: `WITH base AS (SELECT ${baseSelect.join(', ')} FROM ${q(cube.table)}${whereSql}) SELECT ${select.join(', ')} FROM base b${groupBy}`, bindings };
}

/**
 * A stock query in two steps (for dialects with `stockLatest: 'lookup'`), both index-friendly:
 *
 * 1. `latest`: one GROUP BY over the rows in scope, by the dimensions' keys and the stock
 *    partition, giving the latest time point of each (MAX) and the flows pre-aggregated.
 *    Grouping by plain columns lets an index on them stream the groups without a sort.
 * 2. The rows at those latest points, looked up in the base table (not in a CTE of the rows in
 *    scope, which has no index) on partition, time and keys — one index seek per group and
 *    partition — with the filters the join does not imply applied again, so that only rows
 *    in scope count.
 *
 * Both are combined with UNION ALL and summed per group. A join of the two by dimension values
 * would need NULL-safe equality, and summing flows over the lookup's rows would count them
 * once per row at the latest point. The window form would sort every row in scope on SQLite,
 * which has no hash aggregation.
 */
function stockForm(
  cube: Cube,
  query: CubeQuery,
  d: SqlDialect,
  dims: QueryDimension[],
  where: (filters?: Filter[]) => string,
  bindings: (string | number)[],
): CompiledQuery {
  const raw = [...rawMeasures(cube, query.measures)].map((name) => ({ name, m: cube.measures[name] as RawMeasure }));
  const valueOf = (m: RawMeasure) => ('sql' in m ? expr(m.sql, d) : undefined);
  const keys = dims.flatMap((dim) => dim.keys).map((sql, i) => ({ sql, as: q(`__k${i}`) }));
  const partition = cube.stockPartition.map((column, i) => ({ sql: q(column), as: q(`__p${i}`) }));
  const flow = (name: string) => q(`__a_${name}`);
  const stock = (name: string) => q(`__s_${name}`);
  const flows = raw.filter((r) => !atLatest(r.m));
  const stocks = raw.filter((r) => atLatest(r.m));

  const latestGroup = [...keys, ...partition].map((k) => k.sql);
  const latest =
    `SELECT ${[
      ...dims.map((dim) => `${dim.sql} AS ${q(dim.name)}`),
      ...[...keys, ...partition].map((k) => `${k.sql} AS ${k.as}`),
      `MAX(${q(cube.time)}) AS "__last"`,
      ...flows.map(({ name, m }) => `${aggregateOf(m, valueOf(m), d)} AS ${flow(name)}`),
    ].join(', ')} FROM ${q(cube.table)}${where()}` + (latestGroup.length ? ` GROUP BY ${latestGroup.join(', ')}` : '');

  // The rows in scope at each latest point. Keys and values are computed inside the subquery so
  // that their unqualified columns cannot clash with `latest`'s; databases flatten it, so the
  // equalities below still reach the base table's indexes. Filters the join already implies are
  // left out (on a dimension of the query, the time or a partition column: the row found has the
  // value of a `latest` row, which passed them); repeating them misleads PostgreSQL's estimates
  // (`latest` rows with program = '' look rare) into a nested loop over every latest point.
  const implied = new Set([...dims.map((dim) => dim.sql), cube.time, q(cube.time), ...cube.stockPartition, ...cube.stockPartition.map(q)]);
  const lookupFilters = (query.filters ?? []).filter((f) => !implied.has(expr(lookup('dimension', cube.dimensions, f.member).sql, d)));
  const atLast =
    `SELECT ${[
      ...[...keys, ...partition].map((k) => `${k.sql} AS ${k.as}`),
      `${q(cube.time)} AS "__t"`,
      ...stocks.map(({ name, m }) => `${valueOf(m)} AS ${stock(name)}`),
    ].join(', ')} FROM ${q(cube.table)}${where(lookupFilters)}`;
  // Written as CROSS JOIN … WHERE: SQLite then keeps `latest` as the outer loop (one seek per
  // latest point; left to itself it may scan every row in scope and probe `latest`), while
  // PostgreSQL reads it as the inner join it is and plans it freely.
  const on = [...partition, ...keys].map((k) => `t.${k.as} = l.${k.as}`).concat('t."__t" = l."__last"');

  const labels = dims.map((dim) => `l.${q(dim.name)}`);
  const flowPart = [...labels, ...flows.map(({ name }) => `l.${flow(name)}`), ...stocks.map(({ name }) => `NULL AS ${stock(name)}`)];
  const stockPart = [...labels, ...flows.map(() => 'NULL'), ...stocks.map(({ name }) => `t.${stock(name)}`)];

  // Flows re-aggregate their per-partition aggregates (counts and sums add up, min/max of
  // min/max; a wideInteger sum's partials are doubles already, added as such, so it stays exact
  // here only while they are below 2^53); stocks aggregate the values at the latest points.
  const select = [
    ...dims.map((dim) => `u.${q(dim.name)} AS ${q(dim.name)}`),
    ...query.measures.map(
      (name) =>
        `${measureSql(cube, name, d, (n, m) =>
          atLatest(m)
            ? aggregateOf(m, `u.${stock(n)}`, d)
            : m.kind === 'count' || (m.kind === 'sum' && m.type === 'wideInteger')
              ? `SUM(u.${flow(n)})`
              : aggregateOf(m, `u.${flow(n)}`, d),
        )} AS ${q(name)}`,
    ),
  ];
  const groupBy = dims.length ? ` GROUP BY ${dims.map((dim) => `u.${q(dim.name)}`).join(', ')}` : '';
  const sql =
    `WITH latest AS (${latest}) SELECT ${select.join(', ')} FROM (` +
    `SELECT ${flowPart.join(', ')} FROM latest l UNION ALL ` +
    `SELECT ${stockPart.join(', ')} FROM latest l CROSS JOIN (${atLast}) t WHERE ${on.join(' AND ')}` +
    `) u${groupBy}`;
  return { sql, bindings };
}
