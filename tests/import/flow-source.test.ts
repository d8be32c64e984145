// The flows' own source on import (SQLite and PostgreSQL): a membership row that brings new or
// lapsed participants has IMPORTED flows; a corrected file without flow columns keeps the stored
// flows and their source (the rule that keeps stored optional values); a row without flows has
// no flow source; a file with only one flow column keeps the stored source where its cell is empty.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';
import { importText, withBranches } from './helpers.ts';

const KEY = { branch_code: 'MADIUN', segment: 'PU', program: '' };

describe.each(availableDialects())('flow source on %s', (dialect) => {
  let db: Database;
  beforeEach(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await withBranches(db, ['MADIUN']);
    // As the demo stores them: a synthetic month, and a study year-end with synthetic flows.
    await db.knex('membership_snapshot').insert([
      { ...KEY, year: 2020, month: 11, period_index: 2020 * 12 + 10, precision: 'MONTH', active_participants: 46500, new_participants: 700, lapsed_participants: 300, source: 'SYNTHETIC', flow_source: 'SYNTHETIC' },
      { ...KEY, year: 2020, month: 12, period_index: 2020 * 12 + 11, precision: 'YEAR', active_participants: 46878, new_participants: 690, lapsed_participants: 312, source: 'STUDY', flow_source: 'SYNTHETIC' },
    ]);
  }, 120_000);
  afterEach(async () => {
    await db?.close();
  });

  const stored = () =>
    db.knex('membership_snapshot').where(KEY).orderBy('period_index').select('month', 'active_participants', 'new_participants', 'lapsed_participants', 'source', 'flow_source');

  it('labels imported flows IMPORTED and a row without flows with none', async () => {
    const file = 'branch,period,segment,active_participants,new_participants,lapsed_participants\nMADIUN,2020-11,PU,46501,701,300\nMADIUN,2020,PU,46878,,\n';
    expect(await importText(db, 'membership', file)).toMatchObject({ outcome: 'STORED', storedRows: 2 });
    expect(await stored()).toEqual([
      { month: 11, active_participants: 46501, new_participants: 701, lapsed_participants: 300, source: 'IMPORTED', flow_source: 'IMPORTED' },
      { month: 12, active_participants: 46878, new_participants: null, lapsed_participants: null, source: 'IMPORTED', flow_source: null },
    ]);
    expect(await importText(db, 'membership', file)).toMatchObject({ outcome: 'STORED', storedRows: 0 });
  });

  it('keeps the stored flows and their source when a corrected file has no flow column', async () => {
    const file = 'branch,period,segment,active_participants\nMADIUN,2020-11,PU,46555\n';
    expect(await importText(db, 'membership', file)).toMatchObject({ outcome: 'STORED', storedRows: 1 });
    expect((await stored())[0]).toEqual({
      month: 11, active_participants: 46555, new_participants: 700, lapsed_participants: 300, source: 'IMPORTED', flow_source: 'SYNTHETIC',
    });
    expect(await importText(db, 'membership', file)).toMatchObject({ storedRows: 0 });
  });

  it('with one flow column: IMPORTED where the row gives it, the stored source where its cell is empty', async () => {
    const file = 'branch,period,segment,active_participants,new_participants\nMADIUN,2020-11,PU,46500,650\nMADIUN,2020,PU,46878,\n';
    expect(await importText(db, 'membership', file)).toMatchObject({ outcome: 'STORED', storedRows: 2 });
    expect(await stored()).toEqual([
      { month: 11, active_participants: 46500, new_participants: 650, lapsed_participants: 300, source: 'IMPORTED', flow_source: 'IMPORTED' },
      { month: 12, active_participants: 46878, new_participants: null, lapsed_participants: 312, source: 'IMPORTED', flow_source: 'SYNTHETIC' },
    ]);
    expect(await importText(db, 'membership', file)).toMatchObject({ storedRows: 0 });
  });

  it('a new row from a file without flow columns has no flow source', async () => {
    await importText(db, 'membership', 'branch,period,segment,active_participants\nMADIUN,2021-01,PU,47000\n');
    expect((await stored())[2]).toMatchObject({ month: 1, new_participants: null, flow_source: null });
  });
});
