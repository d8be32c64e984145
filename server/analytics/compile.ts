// Compiles a cube query to SQL for one dialect. Pure: no database, no I/O, so it is unit-tested
// on its own and the same query yields the same answer on SQLite and PostgreSQL.
//
// Queries without stock measures compile to one GROUP BY. Queries with a stock (`last`) measure
// compile to a CTE of the rows in scope, each tagged with the latest time point of its group and
// partition (a window function), and a final GROUP BY that sums flows over all rows but stocks
// only over their latest rows.
import type { SqlDialect } from './dialects/dialect.ts';
import type { CompiledQuery, Cube, CubeQuery, Filter, Measure, SqlExpression } from './model.ts';

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const expr = (e: SqlExpression, d: SqlDialect) => (typeof e === 'function' ? e(d) : e);

function lookup<T>(kind: string, record: Record<string, T>, name: string): T {
  const found = record[name];
  if (!found) throw new Error(`unknown ${kind} "${name}" (known: ${Object.keys(record).join(', ')})`);
  return found;
}

function compileFilters(cube: Cube, filters: Filter[], d: SqlDialect, bindings: (string | number)[]): string[] {
  return filters.map((f) => {
    const column = expr(lookup('dimension', cube.dimensions, f.member).sql, d);
    switch (f.op) {
      case 'equals':
        bindings.push(f.value);
        return `${column} = ?`;
      case 'in':
        if (f.values.length === 0) return '1 = 0';
        bindings.push(...f.values);
        return `${column} IN (${f.values.map(() => '?').join(', ')})`;
      case 'between': {
        const parts: string[] = [];
        if (f.from !== undefined) (parts.push(`${column} >= ?`), bindings.push(f.from));
        if (f.to !== undefined) (parts.push(`${column} <= ?`), bindings.push(f.to));
        return parts.length ? parts.join(' AND ') : '1 = 1';
      }
    }
  });
}

/**
 * The SQL of one measure in the final SELECT. `value(name)` gives the expression of the raw
 * value of a measure's own `sql` in scope; `isLast` is the condition selecting latest rows.
 */
function measureSql(
  cube: Cube,
  name: string,
  d: SqlDialect,
  value: (name: string, m: Measure) => string,
  isLast: string | undefined,
): string {
  const m = lookup('measure', cube.measures, name);
  const cast = (type: string, e: string) => (type === 'integer' ? d.integer(e) : type === 'float' ? d.float(e) : e);
  switch (m.kind) {
    case 'count':
      return d.integer('COUNT(*)');
    case 'sum':
      return cast(m.type, `SUM(${value(name, m)})`);
    case 'min':
    case 'max': {
      const v = m.atLast && isLast ? `CASE WHEN ${isLast} THEN ${value(name, m)} END` : value(name, m);
      return cast(m.type, `${m.kind.toUpperCase()}(${v})`);
    }
    case 'last':
      if (!isLast) throw new Error(`measure "${name}" is a stock and needs the stock form`);
      return d.integer(`SUM(CASE WHEN ${isLast} THEN ${value(name, m)} END)`);
    case 'ratio': {
      const num = measureSql(cube, m.numerator, d, value, isLast);
      const den = measureSql(cube, m.denominator, d, value, isLast);
      const scaled = m.scale && m.scale !== 1 ? `${d.float(num)} * ${m.scale}` : d.float(num);
      return `CASE WHEN ${den} IS NULL OR ${den} = 0 THEN NULL ELSE ${scaled} / ${den} END`;
    }
  }
}

/** The raw measures (those with their own `sql`) that a list of measures needs, ratios expanded. */
function rawMeasures(cube: Cube, names: string[], seen = new Set<string>()): Set<string> {
  for (const name of names) {
    const m = lookup('measure', cube.measures, name);
    if (m.kind === 'ratio') rawMeasures(cube, [m.numerator, m.denominator], seen);
    else if (m.kind !== 'count') seen.add(name);
  }
  return seen;
}

function needsStockForm(cube: Cube, names: string[]): boolean {
  return names.some((n) => {
    const m = lookup('measure', cube.measures, n);
    return m.kind === 'last' || (m.kind === 'ratio' && needsStockForm(cube, [m.numerator, m.denominator]));
  });
}

function orderBy(query: CubeQuery): string {
  if (!query.order?.length) return '';
  return ` ORDER BY ${query.order.map((o) => `${q(o.member)}${o.desc ? ' DESC' : ''}`).join(', ')}`;
}

export function compileQuery(cube: Cube, query: CubeQuery, d: SqlDialect): CompiledQuery {
  const bindings: (string | number)[] = [];
  const dims = query.dimensions.map((name) => ({ name, sql: expr(lookup('dimension', cube.dimensions, name).sql, d) }));
  const where = compileFilters(cube, query.filters ?? [], d, bindings);
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';

  if (!needsStockForm(cube, query.measures)) {
    const select = [
      ...dims.map((dim) => `${dim.sql} AS ${q(dim.name)}`),
      ...query.measures.map((name) => `${measureSql(cube, name, d, (_, m) => expr((m as { sql: SqlExpression }).sql, d), undefined)} AS ${q(name)}`),
    ];
    const groupBy = dims.length ? ` GROUP BY ${dims.map((dim) => dim.sql).join(', ')}` : '';
    return { sql: `SELECT ${select.join(', ')} FROM ${q(cube.table)}${whereSql}${groupBy}${orderBy(query)}`, bindings };
  }

  const raw = [...rawMeasures(cube, query.measures)];
  const partition = [...dims.map((dim) => dim.sql), ...cube.stockPartition.map(q)];
  // The latest time point of each group and partition, found by a window function in one pass
  // (a self-join on the grouped rows is quadratic on SQLite when there are many groups).
  const latest = `MAX(${q(cube.time)}) OVER (${partition.length ? `PARTITION BY ${partition.join(', ')}` : ''})`;
  const baseSelect = [
    ...dims.map((dim) => `${dim.sql} AS ${q(dim.name)}`),
    `${q(cube.time)} AS "__t"`,
    `${latest} AS "__last"`,
    ...raw.map((name) => `${expr((cube.measures[name] as { sql: SqlExpression }).sql, d)} AS ${q(`__m_${name}`)}`),
  ];
  const select = [
    ...dims.map((dim) => `b.${q(dim.name)} AS ${q(dim.name)}`),
    ...query.measures.map((name) => `${measureSql(cube, name, d, (n) => `b.${q(`__m_${n}`)}`, 'b."__t" = b."__last"')} AS ${q(name)}`),
  ];
  const groupBy = dims.length ? ` GROUP BY ${dims.map((dim) => `b.${q(dim.name)}`).join(', ')}` : '';
  const sql = `WITH base AS (SELECT ${baseSelect.join(', ')} FROM ${q(cube.table)}${whereSql}) SELECT ${select.join(', ')} FROM base b${groupBy}${orderBy(query)}`;
  return { sql, bindings };
}
