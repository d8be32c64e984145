// The upsert and rollback paths on PostgreSQL (the run's throw-away cluster): stored files,
// idempotent re-import, refused files leaving every table as it was, export round trip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { exportCsvText } from '../../server/export/export.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';
import { dumpTables, importFixture, importText } from './helpers.ts';

const hasPostgres = availableDialects().includes('postgresql');

describe.skipIf(!hasPostgres)('import on PostgreSQL', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget('postgresql'));
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('stores spreadsheet files, re-imports without change, refuses bad files whole', async () => {
    for (const [kind, file] of [
      ['branches', 'branches-spreadsheet.csv'],
      ['membership', 'membership-spreadsheet.csv'],
      ['campaigns', 'campaigns-spreadsheet.csv'],
      ['targets', 'targets-spreadsheet.csv'],
    ] as const) {
      const r = await importFixture(db, kind, file);
      expect(r.problems, file).toEqual([]);
      expect(r.outcome).toBe('STORED');
      expect(r.storedRows).toBe(r.rows);
    }
    const stored = await dumpTables(db);
    const again = await importFixture(db, 'campaigns', 'campaigns-spreadsheet.csv');
    expect(again).toMatchObject({ outcome: 'STORED', storedRows: 0 });
    expect(await dumpTables(db)).toBe(stored);

    for (const [kind, file] of [
      ['membership', 'bad-duplicate-key.csv'],
      ['membership', 'bad-unknown-branch.csv'],
      ['campaigns', 'bad-30-february.csv'],
    ] as const) {
      const r = await importFixture(db, kind, file, { batchRows: 1 });
      expect(r.outcome, file).toBe('REJECTED');
      expect(await dumpTables(db)).toBe(stored);
    }
    // A good row written before the bad one (batches of 1) is rolled back too.
    const late = await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2001,PU,5\nMADIUN,2002,PU,x\n', { batchRows: 1 });
    expect(late.outcome).toBe('REJECTED');
    expect(await dumpTables(db)).toBe(stored);

    const changed = await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2016,PU,26671\n');
    expect(changed).toMatchObject({ outcome: 'STORED', storedRows: 1 });
    const row = await db.knex('membership_snapshot').where({ branch_code: 'MADIUN', year: 2016, segment: 'PU', program: '' }).first();
    expect(row.active_participants).toBe(26671);

    const before = await dumpTables(db);
    for (const kind of ['branches', 'membership', 'campaigns', 'targets'] as const) {
      const r = await importText(db, kind, await exportCsvText(db, kind));
      expect(r, kind).toMatchObject({ outcome: 'STORED', storedRows: 0 });
    }
    expect(await dumpTables(db)).toBe(before);

    // A corrected file without an optional column keeps what is stored there.
    await importText(db, 'campaigns', 'branch,date,activity,channel,name,reach,registrations,cost_idr,leads\nMADIUN,2021-03-01,PROMOTION,RADIO,Spot PG,100,5,1500000,20\n');
    await importText(db, 'campaigns', 'branch,date,activity,channel,name,reach,registrations\nMADIUN,2021-03-01,PROMOTION,RADIO,Spot PG,120,6\n', { batchRows: 1 });
    const spot = await db.knex('campaign_activity').where({ name: 'Spot PG' }).first('reach', 'cost_idr', 'leads');
    expect({ ...spot, cost_idr: Number(spot.cost_idr) }).toEqual({ reach: 120, cost_idr: 1500000, leads: 20 });
  });
});
