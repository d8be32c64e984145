// The compiler on its own, and its SQL run on a real SQLite database against the answer
// worked out by hand from a handful of rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery } from '../../../server/analytics/compile.ts';
import { compileParts } from '../../../server/analytics/parts-form.ts';
import { postgresqlDialect } from '../../../server/analytics/dialects/postgresql.ts';
import { sqliteDialect } from '../../../server/analytics/dialects/sqlite.ts';
import type { Cube } from '../../../server/analytics/model.ts';
import { runQuery } from '../../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../../server/db/orm.ts';
import { membershipCube } from '../../../server/domains/membership/cube.ts';

const cube: Cube = {
  table: 't',
  time: 'ti',
  stockPartition: ['b'],
  measures: {
    stock: { kind: 'last', sql: 'v', type: 'integer' },
    flow: { kind: 'sum', sql: 'f', type: 'integer' },
    rows: { kind: 'count' },
    perRow: { kind: 'ratio', numerator: 'flow', denominator: 'rows', scale: 100 },
  },
  dimensions: { g: { sql: 'g' }, ti: { sql: 'ti' }, h: { sql: 'h' } },
};

describe('compileQuery', () => {
  it('writes one GROUP BY for flows, with bindings for every filter value', () => {
    const { sql, bindings } = compileQuery(cube, { dimensions: ['g'], measures: ['flow', 'perRow'], filters: [{ member: 'ti', op: 'between', from: 3, to: 9 }] }, sqliteDialect);
    expect(sql).toMatch(/^SELECT g AS "g", CAST\(SUM\(f\) AS INTEGER\) AS "flow"/);
    expect(sql).toContain('WHERE ti >= ? AND ti <= ?');
    expect(sql).not.toContain('WITH');
    expect(bindings).toEqual([3, 9]);
  });

  it('groups by the columns an attribute belongs to first, then by the attribute found once per group (and not when a sum would not add up again exactly)', () => {
    const withOffice: Cube = {
      ...cube,
      measures: { ...cube.measures, wide: { kind: 'sum', sql: 'w', type: 'wideInteger' }, first: { kind: 'min', sql: 's', type: 'text' } },
      dimensions: { ...cube.dimensions, office: { sql: '(SELECT o.region FROM office o WHERE o.code = b)', attributeOf: ['b'] } },
    };
    const { sql, bindings } = compileQuery(withOffice, { dimensions: ['office', 'g'], measures: ['perRow', 'first'], filters: [{ member: 'h', op: 'equals', value: 'z' }] }, sqliteDialect);
    expect(sql).toBe(
      'SELECT (SELECT o.region FROM office o WHERE o.code = b) AS "office", g."g" AS "g", ' +
        'CASE WHEN CAST(SUM("__a_rows") AS INTEGER) IS NULL OR CAST(SUM("__a_rows") AS INTEGER) = 0 THEN NULL ELSE CAST(CAST(SUM("__a_flow") AS INTEGER) AS REAL) * 100 / CAST(SUM("__a_rows") AS INTEGER) END AS "perRow", ' +
        'MIN(("__a_first") COLLATE BINARY) AS "first" ' +
        'FROM (SELECT g AS "g", b AS "b", SUM(f) AS "__a_flow", COUNT(*) AS "__a_rows", MIN((s) COLLATE BINARY) AS "__a_first" FROM "t" WHERE h = ? GROUP BY g, b) g ' +
        'GROUP BY (SELECT o.region FROM office o WHERE o.code = b), g."g"',
    );
    expect(bindings).toEqual(['z']);
    // A wide integer's exact sum is exact over the rows only: one GROUP BY, the attribute per row.
    const exact = compileQuery(withOffice, { dimensions: ['office'], measures: ['wide'] }, sqliteDialect);
    expect(exact.sql).toMatch(/^SELECT \(SELECT o\.region FROM office o WHERE o\.code = b\) AS "office", .* FROM "t" GROUP BY \(SELECT/);
  });

  it('counts distinct values in one GROUP BY, per attribute group only when they are of the attribute\'s columns, and never in a stock form', () => {
    const distinct: Cube = {
      ...cube,
      measures: { ...cube.measures, partitions: { kind: 'countDistinct', sql: 'b', of: 'b' }, groups: { kind: 'countDistinct', sql: "CASE WHEN f > 0 THEN g END", of: 'g' } },
      dimensions: { ...cube.dimensions, office: { sql: '(SELECT o.region FROM office o WHERE o.code = b)', attributeOf: ['b'] } },
    };
    expect(compileQuery(distinct, { dimensions: ['h'], measures: ['partitions'] }, sqliteDialect).sql).toBe('SELECT h AS "h", CAST(COUNT(DISTINCT b) AS INTEGER) AS "partitions" FROM "t" GROUP BY h');
    // Each group of the attribute's columns holds one b: its count is 0 or 1, added up per office.
    expect(compileQuery(distinct, { dimensions: ['office'], measures: ['partitions'] }, postgresqlDialect).sql).toBe(
      'SELECT (SELECT o.region FROM office o WHERE o.code = b) AS "office", CAST(SUM("__a_partitions") AS BIGINT) AS "partitions" ' +
        'FROM (SELECT b AS "b", COUNT(DISTINCT b) AS "__a_partitions" FROM "t" GROUP BY b) g GROUP BY (SELECT o.region FROM office o WHERE o.code = b)',
    );
    // A g may be in several b's groups: counted over the rows themselves.
    expect(compileQuery(distinct, { dimensions: ['office'], measures: ['groups'] }, sqliteDialect).sql).toBe(
      'SELECT (SELECT o.region FROM office o WHERE o.code = b) AS "office", CAST(COUNT(DISTINCT CASE WHEN f > 0 THEN g END) AS INTEGER) AS "groups" FROM "t" GROUP BY (SELECT o.region FROM office o WHERE o.code = b)',
    );
    expect(() => compileQuery(distinct, { dimensions: ['h'], measures: ['stock', 'partitions'] }, sqliteDialect)).toThrow('measure "partitions" counts distinct values, which a stock query cannot carry');
  });

  it('adds up parts read from different tables: each grouped with its partials, wide sums as split halves, then grouped again (never a distinct count or a stock)', () => {
    const dated: Cube = {
      ...cube,
      stockPartition: [],
      measures: { flow: cube.measures.flow, rows: cube.measures.rows, perRow: cube.measures.perRow, wide: { kind: 'sum', sql: 'w', type: 'wideInteger' }, first: { kind: 'min', sql: 's', type: 'text' } },
    };
    const monthly: Cube = {
      ...dated,
      table: 'm',
      measures: { ...dated.measures, flow: { kind: 'sum', sql: 'flow', type: 'integer' }, rows: { kind: 'sum', sql: 'rows', type: 'integer' }, wide: { kind: 'splitSum', high: 'wh', low: 'wl', over: 'wo' } },
    };
    const parts = [
      { cube: monthly, query: { dimensions: ['g'], measures: [], filters: [{ member: 'ti', op: 'between' as const, from: 4, to: 7 }] } },
      { cube: dated, query: { dimensions: ['g'], measures: [], filters: [{ member: 'ti', op: 'between' as const, from: 3, to: 3 }, { member: 'h', op: 'between' as const, from: 20 }] } },
    ];
    const { sql, bindings } = compileParts(dated, { dimensions: ['g'], measures: ['perRow', 'wide', 'first'] }, parts, sqliteDialect)!;
    expect(sql).toBe(
      'SELECT g."g" AS "g", ' +
        'CASE WHEN CAST(SUM("__a_rows") AS INTEGER) IS NULL OR CAST(SUM("__a_rows") AS INTEGER) = 0 THEN NULL ELSE CAST(CAST(SUM("__a_flow") AS INTEGER) AS REAL) * 100 / CAST(SUM("__a_rows") AS INTEGER) END AS "perRow", ' +
        'CAST((CAST(SUM("__a_wide_high") AS REAL) * 4294967296.0 + SUM("__a_wide_low") + TOTAL("__a_wide_over")) AS REAL) AS "wide", MIN(("__a_first") COLLATE BINARY) AS "first" FROM (' +
        'SELECT g AS "g", SUM(flow) AS "__a_flow", SUM(rows) AS "__a_rows", SUM(wh) AS "__a_wide_high", SUM(wl) AS "__a_wide_low", SUM(wo) AS "__a_wide_over", MIN((s) COLLATE BINARY) AS "__a_first" FROM "m" WHERE ti >= ? AND ti <= ? GROUP BY g' +
        ' UNION ALL ' +
        "SELECT g AS \"g\", SUM(f) AS \"__a_flow\", COUNT(*) AS \"__a_rows\", SUM(CASE WHEN typeof(w) = 'integer' THEN (w) >> 32 END) AS \"__a_wide_high\", SUM(CASE WHEN typeof(w) = 'integer' THEN (w) & 4294967295 END) AS \"__a_wide_low\", SUM(CASE WHEN typeof(w) = 'real' THEN w END) AS \"__a_wide_over\", MIN((s) COLLATE BINARY) AS \"__a_first\" FROM \"t\" WHERE ti >= ? AND ti <= ? AND h >= ? GROUP BY g" +
        ') g GROUP BY g."g"',
    );
    expect(bindings).toEqual([4, 7, 3, 3, 20]);
    // A value may be in two parts' groups: a distinct count does not add up; nor does a stock.
    const distinct = { ...dated, measures: { ...dated.measures, gs: { kind: 'countDistinct' as const, sql: 'g', of: 'g' } } };
    expect(compileParts(distinct, { dimensions: [], measures: ['gs'] }, parts, sqliteDialect)).toBeNull();
    expect(compileParts(cube, { dimensions: ['g'], measures: ['stock'] }, parts, sqliteDialect)).toBeNull();
  });

  it('writes the stock form (latest point per group and partition, then a lookup of the rows there) when a stock is asked for', () => {
    const filters = [
      { member: 'g', op: 'in' as const, values: ['x', 'y'] },
      { member: 'h', op: 'equals' as const, value: 'z' },
      { member: 'ti', op: 'between' as const, from: 1, to: 9 },
    ];
    const { sql, bindings } = compileQuery(cube, { dimensions: ['g'], measures: ['stock', 'flow', 'perRow'], filters }, sqliteDialect);
    // Step 1: latest time point per group key and partition, flows pre-aggregated, in one GROUP BY.
    expect(sql).toMatch(
      /^WITH latest AS \(SELECT g AS "g", g AS "__k0", "b" AS "__p0", MAX\("ti"\) AS "__last", SUM\(f\) AS "__a_flow", COUNT\(\*\) AS "__a_rows" FROM "t" WHERE g IN \(\?, \?\) AND h = \? AND ti >= \? AND ti <= \? GROUP BY g, "b"\)/,
    );
    // Step 2: the rows at those points, looked up in the base table, with the filters the join
    // does not imply (on g, a dimension, and on the time it does) applied again.
    expect(sql).toContain(
      'FROM latest l CROSS JOIN (SELECT g AS "__k0", "b" AS "__p0", "ti" AS "__t", v AS "__s_stock" FROM "t" WHERE h = ?) t WHERE t."__p0" = l."__p0" AND t."__k0" = l."__k0" AND t."__t" = l."__last"',
    );
    // Stocks sum the values found there; flows (and counts) add up their per-partition aggregates.
    expect(sql).toContain('CAST(SUM(u."__s_stock") AS INTEGER) AS "stock"');
    expect(sql).toContain('CAST(SUM(u."__a_flow") AS INTEGER) AS "flow"');
    expect(sql).toContain('CAST(SUM(u."__a_rows") AS INTEGER)');
    expect(sql).toMatch(/ GROUP BY u\."g"$/);
    expect(sql).not.toContain('OVER (');
    expect(bindings).toEqual(['x', 'y', 'z', 1, 9, 'z']);
  });

  it('writes the window form of a stock for PostgreSQL (latest point per group and partition by a window MAX)', () => {
    const { sql, bindings } = compileQuery(cube, { dimensions: ['g'], measures: ['stock', 'flow'], filters: [{ member: 'h', op: 'equals', value: 'z' }] }, postgresqlDialect);
    expect(sql).toMatch(/^WITH base AS/);
    expect(sql).toContain('MAX("ti") OVER (PARTITION BY "b", g) AS "__last"');
    expect(sql).toContain('CAST(SUM(CASE WHEN b."__t" = b."__last" THEN b."__m_stock" END) AS BIGINT)');
    expect(sql).toContain('CAST(SUM(b."__m_flow") AS BIGINT) AS "flow"');
    expect(bindings).toEqual(['z']);
  });

  it('groups by a dimension\'s key columns while selecting its value', () => {
    const keyed: Cube = { ...cube, dimensions: { ...cube.dimensions, label: { sql: "'L' || g", groupBy: ['g'] } } };
    const flows = compileQuery(keyed, { dimensions: ['label'], measures: ['flow'] }, sqliteDialect);
    expect(flows.sql).toBe(`SELECT 'L' || g AS "label", CAST(SUM(f) AS INTEGER) AS "flow" FROM "t" GROUP BY g`);
    const stocks = compileQuery(keyed, { dimensions: ['label'], measures: ['stock'] }, sqliteDialect);
    expect(stocks.sql).toContain(`SELECT 'L' || g AS "label", g AS "__k0", "b" AS "__p0", MAX("ti") AS "__last" FROM "t" GROUP BY g, "b"`);
  });

  it('sums a stock in one GROUP BY when a dimension pins the time point', () => {
    const pinned: Cube = { ...cube, dimensions: { ...cube.dimensions, month: { sql: "'M' || ti", groupBy: ['ti'], pinsTime: true } } };
    for (const dimension of ['month', 'ti']) {
      const { sql } = compileQuery(pinned, { dimensions: ['g', dimension], measures: ['stock', 'flow'] }, sqliteDialect);
      expect(sql).not.toContain('WITH');
      expect(sql).toContain('CAST(SUM(v) AS INTEGER) AS "stock"');
      expect(sql).toMatch(/ GROUP BY g, ti$/);
    }
  });

  it('names unknown members precisely', () => {
    expect(() => compileQuery(cube, { dimensions: ['nope'], measures: [] }, sqliteDialect)).toThrow('unknown dimension "nope" (known: g, ti, h)');
    expect(() => compileQuery(cube, { dimensions: [], measures: ['x'] }, sqliteDialect)).toThrow(/unknown measure "x"/);
  });

  it('takes the smallest and largest text in byte order, whatever the database collation', () => {
    const texts: Cube = { ...cube, measures: { ...cube.measures, first: { kind: 'min', sql: 's', type: 'text' }, last: { kind: 'max', sql: 's', type: 'text' } } };
    const query = { dimensions: ['g'], measures: ['first', 'last'] };
    expect(compileQuery(texts, query, postgresqlDialect).sql).toBe(`SELECT g AS "g", MIN((s) COLLATE "C") AS "first", MAX((s) COLLATE "C") AS "last" FROM "t" GROUP BY g`);
    expect(compileQuery(texts, query, sqliteDialect).sql).toBe(`SELECT g AS "g", MIN((s) COLLATE BINARY) AS "first", MAX((s) COLLATE BINARY) AS "last" FROM "t" GROUP BY g`);
  });

  it('leaves the order to the runner (PostgreSQL could collate only text, and puts NULLs last)', () => {
    for (const dialect of [sqliteDialect, postgresqlDialect]) {
      for (const measures of [['flow'], ['stock', 'flow']]) {
        expect(compileQuery(cube, { dimensions: ['g'], measures, order: [{ member: 'g', desc: true }] }, dialect).sql).not.toContain('ORDER BY');
      }
    }
  });

  it('keeps an empty IN list from matching everything', () => {
    const { sql } = compileQuery(cube, { dimensions: [], measures: ['rows'], filters: [{ member: 'g', op: 'in', values: [] }] }, sqliteDialect);
    expect(sql).toContain('WHERE 1 = 0');
  });
});

describe('stock and flow semantics on SQLite', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dialect: 'sqlite', file: ':memory:' });
    // Two branches, one segment; A has Jan–Mar 2020, B only Jan–Feb 2020 (its data ends earlier).
    const row = (branch: string, month: number, active: number, fresh: number) => ({
      branch_code: branch, year: 2020, month, period_index: 2020 * 12 + month - 1, precision: 'MONTH',
      segment: 'PU', program: '', active_participants: active, new_participants: fresh, lapsed_participants: 0, source: 'IMPORTED',
    });
    await db.knex('membership_snapshot').insert([row('A', 1, 100, 5), row('A', 2, 110, 10), row('A', 3, 90, 1), row('B', 1, 50, 2), row('B', 2, 60, 10)]);
  });
  afterAll(() => db.close());

  it('takes the latest month of each branch in a quarter, sums the branches, and sums flows over every month', async () => {
    const [q1] = await runQuery(db, membershipCube, { dimensions: ['QUARTER'], measures: ['activeParticipants', 'newParticipants', 'asOfIndex'] });
    expect(q1.QUARTER).toBe('2020-Q1');
    expect(q1.activeParticipants).toBe(90 + 60); // A at March, B at February: never 100+110+90+…
    expect(q1.newParticipants).toBe(5 + 10 + 1 + 2 + 10);
    expect(q1.asOfIndex).toBe(2020 * 12 + 2);
  });

  it('takes each branch\'s own latest month per year, also with the flows of every month', async () => {
    const [y] = await runQuery(db, membershipCube, { dimensions: ['YEAR'], measures: ['activeParticipants', 'newParticipants', 'asOfIndex', 'sourceMin'] });
    expect(y).toEqual({ YEAR: '2020', activeParticipants: 150, newParticipants: 28, asOfIndex: 2020 * 12 + 2, sourceMin: 'IMPORTED' });
  });

  it('counts at the latest month only the rows in scope there', async () => {
    // B also has a JAKON row in March, later than its last PU month: filtered out, it must
    // neither move B's latest month nor add to the stock.
    await db.knex('membership_snapshot').insert({
      branch_code: 'B', year: 2020, month: 3, period_index: 2020 * 12 + 2, precision: 'MONTH',
      segment: 'JAKON', program: '', active_participants: 1000, new_participants: 7, lapsed_participants: 0, source: 'SYNTHETIC',
    });
    try {
      const [pu] = await runQuery(db, membershipCube, {
        dimensions: ['QUARTER'], measures: ['activeParticipants', 'newParticipants', 'sourceMax'], filters: [{ member: 'segment', op: 'in', values: ['PU'] }],
      });
      expect(pu).toMatchObject({ activeParticipants: 90 + 60, newParticipants: 28, sourceMax: 'IMPORTED' });
      // Unfiltered and grouped by quarter only, B's latest month is March: only its JAKON row counts there.
      const [all] = await runQuery(db, membershipCube, { dimensions: ['QUARTER'], measures: ['activeParticipants', 'newParticipants', 'sourceMin', 'sourceMax'] });
      expect(all).toMatchObject({ activeParticipants: 90 + 1000, newParticipants: 35, sourceMin: 'IMPORTED', sourceMax: 'SYNTHETIC' });
      // Grouped by segment, each segment has its own latest month per branch.
      const bySegment = await runQuery(db, membershipCube, { dimensions: ['segment', 'QUARTER'], measures: ['activeParticipants'], order: [{ member: 'segment' }] });
      expect(bySegment.map((r) => [r.segment, r.activeParticipants])).toEqual([['JAKON', 1000], ['PU', 150]]);
    } finally {
      await db.knex('membership_snapshot').where({ segment: 'JAKON' }).delete();
    }
  });

  it('orders rows by code point, then by every dimension, not as the database happens to return them', async () => {
    const rows = await runQuery(db, membershipCube, { dimensions: ['branch', 'MONTH'], measures: ['activeParticipants'], order: [{ member: 'MONTH', desc: true }] });
    expect(rows.map((r) => `${r.MONTH} ${r.branch}`)).toEqual(['2020-03 A', '2020-02 A', '2020-02 B', '2020-01 A', '2020-01 B']);
  });

  it('gives each month its own value at MONTH granularity', async () => {
    // The cube's own SQL (raw): rows written straight into the table here are in no rollup, and
    // the month rollup's answers are compared with these in tests/db/membership-rollup.test.ts.
    const rows = await runQuery(db, membershipCube, { dimensions: ['MONTH'], measures: ['activeParticipants'], order: [{ member: 'MONTH' }] }, { raw: true });
    expect(rows.map((r) => [r.MONTH, r.activeParticipants])).toEqual([['2020-01', 150], ['2020-02', 170], ['2020-03', 90]]);
  });
});
