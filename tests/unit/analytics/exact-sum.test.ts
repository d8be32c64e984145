// wideInteger sums: integer terms whose total passes 2^53 are summed exactly and come back as
// the nearest double, the same number on SQLite and PostgreSQL (float sums differ in the last
// bits between them: SQLite compensates rounding errors, PostgreSQL does not).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cube } from '../../../server/analytics/model.ts';
import { runQuery } from '../../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../../server/db/orm.ts';
import { availableDialects, freshTarget } from '../../support/test-server.ts';

// Squares above 2^53 (9.007e15), odd, so that a float product or running float sum rounds, and
// three near 2^62 whose total passes 2^63 (where 64-bit integer sums fail).
const VALUES = [94_906_267, 94_906_265, 94_906_263, 3, 1, 2_147_483_647, 2_147_483_645, 2_147_483_641];
const exact = Number(VALUES.reduce((sum, v) => sum + BigInt(v) * BigInt(v), 0n));

const cube: Cube = {
  table: 'membership_snapshot',
  time: 'period_index',
  stockPartition: ['branch_code'],
  measures: {
    squares: { kind: 'sum', sql: (d) => `${d.wide('active_participants')} * active_participants`, type: 'wideInteger' },
    none: { kind: 'sum', sql: (d) => `${d.wide('new_participants')} * new_participants`, type: 'wideInteger' },
  },
  dimensions: { segment: { sql: 'segment' } },
};

describe.each(availableDialects())('wideInteger sums on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await db.knex('membership_snapshot').insert(
      VALUES.map((v, i) => ({
        branch_code: 'A', year: 2020, month: i + 1, period_index: 2020 * 12 + i, precision: 'MONTH',
        segment: 'PU', program: '', active_participants: v, new_participants: null, lapsed_participants: null, source: 'IMPORTED',
      })),
    );
  });
  afterAll(() => db?.close());

  it('is the exact total, rounded once to the nearest double', async () => {
    const [row] = await runQuery(db, cube, { dimensions: ['segment'], measures: ['squares', 'none'] });
    expect(exact).toBeGreaterThan(2 ** 63);
    expect(row.squares).toBe(exact);
    // Like SUM, null when no term is (TOTAL alone would say 0).
    expect(row.none).toBeNull();
  });
});
