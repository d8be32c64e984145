// A query answered in two steps, groups of groups: each source's rows grouped finer than the
// query (by the columns an attribute belongs to), or each of several sources on its own (the
// whole months of a range of days from a month rollup, its end days from the activities), with
// every raw measure's partial aggregates; then those groups, of all sources together, grouped by
// the query's dimensions with the partials added up again.
import { aggregateOf, compileFilters, expr, measureSql, needsStockForm, q, queryDimensions, rawMeasures, type QueryDimension, type RawMeasure, withSegments } from './compile-pieces.ts';
import type { SqlDialect } from './dialects/dialect.ts';
import type { CompiledQuery, Cube, CubeQuery, Measure } from './model.ts';

/** One source of the parts: a cube over its table (the cube itself or a rollup's) and its WHERE. */
export interface PartSource {
  cube: Cube;
  /** The SQL of a measure's value over the source's rows (a stock's only at the latest rows, see compile.ts). */
  value: (m: RawMeasure) => string | undefined;
  /** Compiles the source's WHERE, pushing its bindings onto partsForm's: called once per source, in their order. */
  where: () => string;
}

/**
 * How a measure's partials are carried: one column added up (counts, sums, distinct counts of
 * the groups' own columns), one taken smallest or largest, or a wide integer's split halves
 * (SqlDialect.splitTerm), which add up exactly across groups and sources as a rollup's do.
 */
type Carried = 'sum' | 'split' | 'min' | 'max';

function carried(m: RawMeasure): Carried | null {
  switch (m.kind) {
    case 'count':
    case 'countDistinct':
      return 'sum';
    case 'sum':
      return m.type === 'wideInteger' ? 'split' : 'sum';
    case 'splitSum':
      return 'split';
    case 'min':
    case 'max':
      return m.kind;
    case 'last':
      return null;
  }
}

const part = (name: string, piece = '') => q(`__a_${name}${piece}`);
const SPLIT_PIECES = ['_high', '_low', '_over'] as const;

/** A measure's partial aggregates over one source, in the columns its Carried form takes. */
function partials(name: string, as: Carried, m: RawMeasure, value: string | undefined, d: SqlDialect): string[] {
  if (as === 'split') {
    const pieces = m.kind === 'splitSum' ? [m.high, m.low, m.over] : (({ high, low, over }) => [high, low, over])(d.splitTerm(value!));
    return pieces.map((piece, i) => `SUM(${piece}) AS ${part(name, SPLIT_PIECES[i])}`);
  }
  if (m.kind === 'sum' || m.kind === 'splitSum') return [`SUM(${value}) AS ${part(name)}`];
  return [`${aggregateOf(m, value, d)} AS ${part(name)}`];
}

/** The partials of a measure, of every group of every source, combined into its aggregate. */
function combined(name: string, as: Carried, m: RawMeasure, d: SqlDialect): string {
  if (as === 'split') return d.splitSum(...(SPLIT_PIECES.map((piece) => part(name, piece)) as [string, string, string]));
  if (as === 'sum') return `SUM(${part(name)})`;
  return aggregateOf(m, part(name), d);
}

/**
 * The query over its sources, measures taken as `cube` defines them. Null when a measure's
 * partials would not add up to the same answer: a stock, a distinct count of a column the
 * groups are not made of (counted in two groups, it would count twice), any distinct count over
 * several sources (a value in two of them), or a wide integer's sum over a single source.
 */
export function partsForm(cube: Cube, query: CubeQuery, sources: PartSource[], d: SqlDialect, bindings: (string | number)[]): CompiledQuery | null {
  const dims = queryDimensions(cube, query.dimensions, d);
  const attributeColumns = [...new Set(dims.flatMap((dim) => dim.attributeOf ?? []))];
  const raw = [...rawMeasures(cube, query.measures)].map((name) => ({ name, m: cube.measures[name] as RawMeasure, as: carried(cube.measures[name] as RawMeasure) }));
  if (raw.some(({ as }) => as === null)) return null;
  if (raw.some(({ m }) => m.kind === 'countDistinct' && (sources.length > 1 || !attributeColumns.includes(m.of)))) return null;
  // Over one source, a wide integer's sum stays over the rows themselves: SQLite's exactSum is
  // exact there even with a term past 2^63 in the group, where split halves are within a rounding.
  const wideSum = (m: Measure | undefined) => m?.kind === 'sum' && m.type === 'wideInteger';
  if (sources.length === 1 && raw.some(({ name }) => wideSum(sources[0].cube.measures[name]))) return null;

  const inner = sources.map((source) => {
    const sourceDims = queryDimensions(source.cube, query.dimensions, d).filter((dim) => !dim.attributeOf?.length);
    const select = [
      ...sourceDims.map((dim) => `${dim.sql} AS ${q(dim.name)}`),
      ...attributeColumns.map((column) => `${column} AS ${q(column)}`),
      ...raw.flatMap(({ name, as }) => {
        const m = source.cube.measures[name] as RawMeasure;
        return partials(name, as!, m, source.value(m), d);
      }),
    ];
    const groupBy = [...sourceDims.flatMap((dim) => dim.keys), ...attributeColumns];
    return `SELECT ${select.join(', ')} FROM ${q(source.cube.table)}${source.where()}${groupBy.length ? ` GROUP BY ${groupBy.join(', ')}` : ''}`;
  });
  // The attribute's SQL names its columns unqualified, so over the groups it reads theirs.
  const outerValue = (dim: QueryDimension) => (dim.attributeOf?.length ? dim.sql : `g.${q(dim.name)}`);
  const select = [
    ...dims.map((dim) => `${outerValue(dim)} AS ${q(dim.name)}`),
    ...query.measures.map((name) => `${measureSql(cube, name, d, (n, m) => combined(n, carried(m)!, m, d))} AS ${q(name)}`),
  ];
  const groupBy = dims.length ? ` GROUP BY ${dims.map(outerValue).join(', ')}` : '';
  return { sql: `SELECT ${select.join(', ')} FROM (${inner.join(' UNION ALL ')}) g${groupBy}`, bindings };
}

/** A query of a cube as parts over other tables (time-filters.ts dayParts), each a cube of its own and the query's filters for it. */
export interface QueryPart {
  cube: Cube;
  query: CubeQuery;
}

/**
 * The query as the sum of its parts: every flow added up over them (the parts must not overlap).
 * Null when its measures do not add up across parts (partsForm), or it asks for a stock.
 */
export function compileParts(cube: Cube, asked: CubeQuery, parts: QueryPart[], d: SqlDialect): CompiledQuery | null {
  if (needsStockForm(cube, asked.measures)) return null;
  const bindings: (string | number)[] = [];
  const sources = parts.map(({ cube: source, query }): PartSource => ({
    cube: source,
    value: (m) => ('sql' in m ? expr(m.sql, d) : undefined),
    where: () => {
      const filters = compileFilters(source, withSegments(source, query).filters ?? [], d, bindings);
      return filters.length ? ` WHERE ${filters.join(' AND ')}` : '';
    },
  }));
  return partsForm(cube, withSegments(cube, asked), sources, d, bindings);
}
