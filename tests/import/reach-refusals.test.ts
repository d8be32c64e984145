// Registrations and leads are counted among the people reached: a campaign row with more of
// either than its reach is refused, naming both values, in both languages, together with every
// other problem of the row; nothing of the file is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/orm.ts';
import { dumpTables, importText, memoryDb, withBranches } from './helpers.ts';

const HEADER = 'branch,date,activity,channel,reach,registrations,leads,cost_idr\n';

let db: Database;
beforeEach(async () => {
  db = await memoryDb();
  await withBranches(db, ['MADIUN']);
});
afterEach(async () => {
  await db.close();
});

describe('campaign counts above the reach', () => {
  it('refuses registrations > reach and leads > reach, naming both values, and stores nothing of the file', async () => {
    const before = await dumpTables(db);
    const report = await importText(
      db,
      'campaigns',
      `${HEADER}MADIUN,2021-03-01,SOCIALISATION,FACE_TO_FACE,40,12,20,0\nMADIUN,2021-03-02,SOCIALISATION,VIDEO_CALL,3,"1.200",8,0\nMADIUN,2021-03-03,PROMOTION,RADIO,500,5,501,0\n`,
    );
    expect(report.outcome).toBe('REJECTED');
    expect(report.rejectedRows).toBe(2);
    expect(report.problems.map((p) => [p.line, p.column, p.value, p.code])).toEqual([
      [3, 'registrations', '1.200', 'registrations_over_reach'],
      [3, 'leads', '8', 'leads_over_reach'],
      [4, 'leads', '501', 'leads_over_reach'],
    ]);
    expect(report.problems[0].params).toEqual({ registrations: 1200, reach: 3 });
    expect(report.problems[0].reason).toBe(
      'Registrations (1200) exceed reach (3): nobody registers without being reached; check both cells (swapped columns?).',
    );
    expect(report.problems[2].reason).toContain('Leads (501) exceed reach (500)');
    expect(await dumpTables(db)).toBe(before);
  });

  it('says it in Indonesian', async () => {
    const report = await importText(db, 'campaigns', `${HEADER}MADIUN,2021-03-02,SOCIALISATION,ZOOM,10,11,,0\n`, { lang: 'id' });
    expect(report.problems.map((p) => p.reason)).toEqual([
      'Pendaftaran (11) melebihi jangkauan (10): tidak ada yang mendaftar tanpa terjangkau; periksa kedua sel (kolom tertukar?).',
    ]);
  });

  it('reports them beside the other problems of a rejected row (bad date, wrong channel)', async () => {
    const report = await importText(db, 'campaigns', `${HEADER}MADIUN,2021-02-30,SOCIALISATION,INSTAGRAM,10,11,12,0\n`);
    expect(report.problems.map((p) => [p.column, p.code])).toEqual([
      ['date', 'impossible_date'],
      ['channel', 'bad_pair'],
      ['registrations', 'registrations_over_reach'],
      ['leads', 'leads_over_reach'],
    ]);
  });

  it('does not compare with a reach that is itself wrong (that problem alone is reported)', async () => {
    const report = await importText(db, 'campaigns', `${HEADER}MADIUN,2021-03-02,SOCIALISATION,ZOOM,ten,11,12,0\n`);
    expect(report.problems.map((p) => [p.column, p.code])).toEqual([['reach', 'not_integer']]);
  });

  it('takes counts equal to the reach, and rows without leads', async () => {
    const report = await importText(
      db,
      'campaigns',
      `${HEADER}MADIUN,2021-03-01,SOCIALISATION,VIDEO_CALL,4,4,4,0\nMADIUN,2021-03-02,PROMOTION,RADIO,0,0,,0\nMADIUN,2021-03-03,PROMOTION,RADIO,900,2,,1500000\n`,
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ outcome: 'STORED', storedRows: 3 });
  });
});
