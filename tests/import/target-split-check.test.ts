// A targets import never leaves a branch target split across its staff for more than the
// target: a file whose staff rows add up to more, or that lowers a branch target below the split
// already stored, is rejected whole, naming the key and both figures. Both databases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { freshTarget, availableDialects } from '../support/test-server.ts';
import { importText, storeText } from './helpers.ts';

const HEADER = 'branch,year,program,segment,metric,staff,target\n';

describe.each(availableDialects())('target splits on import, %s', (dialect) => {
  let db: Database;
  beforeEach(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await storeText(db, 'branches', 'code,name\nMADIUN,Kantor Cabang Madiun\n');
    await storeText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,,1000\n`);
  });
  afterEach(() => db?.close());

  const stored = () => db.knex('target').orderBy('staff_code').select('staff_code', 'target').then((rows) => rows.map((r) => [r.staff_code, Number(r.target)]));

  it('stores a split within the target, in one file or over several', async () => {
    await storeText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,AR-1,600\n`);
    await storeText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,AR-2,400\n`);
    expect(await stored()).toEqual([['', 1000], ['AR-1', 600], ['AR-2', 400]]);
  });

  it('rejects a split over the target, with the staff rows of an earlier file counted', async () => {
    await storeText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,AR-1,600\n`);
    const report = await importText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,AR-2,401\nMADIUN,2025,JKK,BPU,NEW_PARTICIPANTS,ARK-1,5\n`);
    expect(report.outcome).toBe('REJECTED');
    expect(report.problems).toEqual([expect.objectContaining({
      code: 'split_over_target', line: null,
      reason: 'The staff targets of branch=MADIUN, year=2025, program=JKK, segment=PU, metric=NEW_PARTICIPANTS add up to 1001, more than the branch target of 1000: a split across AR/ARK may not exceed the branch target; nothing was stored.',
    })]);
    expect(await stored()).toEqual([['', 1000], ['AR-1', 600]]);
  });

  it('rejects a branch target lowered below its split, in Indonesian too', async () => {
    await storeText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,AR-1,600\n`);
    const report = await importText(db, 'targets', `${HEADER}MADIUN,2025,JKK,PU,NEW_PARTICIPANTS,,500\n`, { lang: 'id' });
    expect(report.outcome).toBe('REJECTED');
    expect(report.problems[0].reason).toMatch(/^Target petugas branch=MADIUN.* berjumlah 600, melebihi target cabang 500/);
    expect(await stored()).toEqual([['', 1000], ['AR-1', 600]]);
  });
});
