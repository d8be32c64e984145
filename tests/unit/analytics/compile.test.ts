// The compiler on its own, and its SQL run on a real SQLite database against the answer
// worked out by hand from a handful of rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileQuery } from '../../../server/analytics/compile.ts';
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
  dimensions: { g: { sql: 'g' }, ti: { sql: 'ti' } },
};

describe('compileQuery', () => {
  it('writes one GROUP BY for flows, with bindings for every filter value', () => {
    const { sql, bindings } = compileQuery(cube, { dimensions: ['g'], measures: ['flow', 'perRow'], filters: [{ member: 'ti', op: 'between', from: 3, to: 9 }] }, sqliteDialect);
    expect(sql).toMatch(/^SELECT g AS "g", CAST\(SUM\(f\) AS INTEGER\) AS "flow"/);
    expect(sql).toContain('WHERE ti >= ? AND ti <= ?');
    expect(sql).not.toContain('WITH');
    expect(bindings).toEqual([3, 9]);
  });

  it('writes the stock form (latest point per group and partition) when a stock is asked for', () => {
    const { sql } = compileQuery(cube, { dimensions: ['g'], measures: ['stock', 'flow'] }, postgresqlDialect);
    expect(sql).toMatch(/^WITH base AS/);
    expect(sql).toContain('MAX("ti") OVER (PARTITION BY g, "b") AS "__last"');
    expect(sql).toContain('CAST(SUM(CASE WHEN b."__t" = b."__last" THEN b."__m_stock" END) AS BIGINT)');
  });

  it('names unknown members precisely', () => {
    expect(() => compileQuery(cube, { dimensions: ['nope'], measures: [] }, sqliteDialect)).toThrow('unknown dimension "nope" (known: g, ti)');
    expect(() => compileQuery(cube, { dimensions: [], measures: ['x'] }, sqliteDialect)).toThrow(/unknown measure "x"/);
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

  it('gives each month its own value at MONTH granularity', async () => {
    const rows = await runQuery(db, membershipCube, { dimensions: ['MONTH'], measures: ['activeParticipants'], order: [{ member: 'MONTH' }] });
    expect(rows.map((r) => [r.MONTH, r.activeParticipants])).toEqual([['2020-01', 150], ['2020-02', 170], ['2020-03', 90]]);
  });
});
