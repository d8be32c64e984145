// A database made before whole-Rupiah costs and flow sources, with SQLite's planner statistics,
// migrates in place, on SQLite and PostgreSQL: fractional costs are rounded half away from zero into an integer column, and the
// flows already stored get their source (the row's own: one source for stock and flows then).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../server/config.ts';
import { openDatabase, ormOptions } from '../../server/db/orm.ts';
import { migrationsFor } from '../../server/db/migrations/index.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

/** The last migration before cost_idr became bigint and flow_source was added. */
const BEFORE = { sqlite: 'm20261124015316', postgresql: 'm20261124015318' } as const;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-upgrade-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function oldDatabase(target: DatabaseTarget): Promise<void> {
  const orm = await MikroORM.init(ormOptions(target));
  try {
    expect(migrationsFor(target.dialect).map((m) => m.name)).toContain(BEFORE[target.dialect]);
    await orm.getMigrator().up({ to: BEFORE[target.dialect] });
    const knex = (orm.em as unknown as EntityManager).getKnex();
    const activity = (name: string, cost: number) => ({
      branch_code: 'MADIUN', date: '2021-03-01', year: 2021, month: 3, period_index: 2021 * 12 + 2, activity: 'PROMOTION',
      channel: 'RADIO', medium: 'BROADCAST', name, reach: 100, registrations: 1, cost_idr: cost, source: 'IMPORTED',
    });
    await knex('campaign_activity').insert([activity('a', 1234.5), activity('b', 2.5), activity('c', 0.49), activity('d', 1500000)]);
    const snapshot = (month: number, fresh: number | null, source: string) => ({
      branch_code: 'MADIUN', year: 2020, month, period_index: 2020 * 12 + month - 1, precision: 'MONTH', segment: 'PU', program: 'JHT',
      active_participants: 100, new_participants: fresh, lapsed_participants: fresh === null ? null : 1, source,
    });
    await knex('membership_snapshot').insert([snapshot(1, 5, 'SYNTHETIC'), snapshot(2, null, 'STUDY'), snapshot(3, 7, 'IMPORTED')]);
    await knex('target').insert({ branch_code: 'MADIUN', year: 2020, program: 'JHT', segment: 'PU', metric: 'ACTIVE_PARTICIPANTS', staff_code: '', target: 150, source: 'IMPORTED' });
    // SQLite's planner statistics, as every database Pantau writes has (planner-statistics.ts):
    // their table has untyped columns, which the schema snapshot could not read.
    if (target.dialect === 'sqlite') await knex.raw('ANALYZE');
  } finally {
    await orm.close(true);
  }
}

describe.each(availableDialects())('upgrading an old database on %s', (dialect) => {
  it('rounds costs to whole Rupiah in an integer column and labels the stored flows', async () => {
    const target: DatabaseTarget = dialect === 'sqlite' ? { dialect, file: path.join(tmp, 'old.sqlite') } : await freshTarget(dialect);
    await oldDatabase(target);
    const db = await openDatabase(target); // runs the pending migrations
    try {
      const costs = await db.knex('campaign_activity').orderBy('name').select('name', 'cost_idr');
      // Half away from zero: 2.5 → 3 (half to even would give 2).
      expect(costs.map((c) => [c.name, Number(c.cost_idr)])).toEqual([['a', 1235], ['b', 3], ['c', 0], ['d', 1500000]]);
      const type =
        dialect === 'sqlite'
          ? (await db.knex.raw(`select distinct typeof(cost_idr) as t from campaign_activity`)).map((r: { t: string }) => r.t)
          : (await db.knex.raw(`select data_type as t from information_schema.columns where table_name = 'campaign_activity' and column_name = 'cost_idr'`)).rows.map((r: { t: string }) => r.t);
      expect(type).toEqual([dialect === 'sqlite' ? 'integer' : 'bigint']);
      // The rollups are filled from the stored activities, second moments included.
      const [national] = await db.knex('campaign_national_rollup').select(db.knex.raw('sum(activities) as n, sum(cost_idr) as cost, sum(cost_sq_high) as high, sum(cost_sq_low) as low'));
      expect(Number(national.n)).toBe(4);
      expect(Number(national.cost)).toBe(1235 + 3 + 0 + 1500000);
      expect(Number(national.high) * 2 ** 32 + Number(national.low)).toBe(1235 ** 2 + 3 ** 2 + 1500000 ** 2);
      // And the branches' days (a table of a later migration), from the activities themselves.
      const days = await db.knex('campaign_branch_day_rollup').select('branch_code', 'date', 'activity', 'activities', 'cost_idr', 'reach');
      expect(days.map((r) => ({ ...r, cost_idr: Number(r.cost_idr), reach: Number(r.reach) }))).toEqual([
        { branch_code: 'MADIUN', date: '2021-03-01', activity: 'PROMOTION', activities: 4, cost_idr: 1235 + 3 + 0 + 1500000, reach: 400 },
      ]);
      const flows = await db.knex('membership_snapshot').orderBy('month').select('month', 'source', 'flow_source');
      expect(flows).toEqual([
        { month: 1, source: 'SYNTHETIC', flow_source: 'SYNTHETIC' },
        { month: 2, source: 'STUDY', flow_source: null },
        { month: 3, source: 'IMPORTED', flow_source: 'IMPORTED' },
      ]);
      // The rebuilt table keeps its natural key and indexes (the later migrations' date index too).
      const indexes =
        dialect === 'sqlite'
          ? (await db.knex.raw(`select name from sqlite_master where type = 'index' and tbl_name = 'campaign_activity' and sql is not null`)).map((r: { name: string }) => r.name)
          : (await db.knex.raw(`select indexname as name from pg_indexes where tablename = 'campaign_activity' and indexname <> 'campaign_activity_pkey'`)).rows.map((r: { name: string }) => r.name);
      expect(indexes.sort()).toEqual(['campaign_date_idx', 'campaign_import_idx', 'campaign_natural_key', 'campaign_period_idx']);
      // The target key is stored with its realisation and projection, the March stock and a flat run rate.
      expect(await db.knex('target_attainment_key').select('year', 'branch_code', 'segment', 'target', 'kind', 'realised', 'as_of_month', 'projected')).toEqual([
        { year: 2020, branch_code: 'MADIUN', segment: 'PU', target: 150, kind: 'projected', realised: 100, as_of_month: 3, projected: 100 },
      ]);
    } finally {
      await db.close();
    }
  });
});
