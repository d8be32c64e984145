// targetAttainment by staff counts a staff member's shares in persons (tryout T1): a share of
// JKK·PU and one of JKM·PU are met by the same registered wage earners, so the person's target is
// the larger, not their sum; segments add up. Both databases, the demo data with a second
// program's share added to one AR's JKK share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { personTarget } from '../../server/domains/targets/person-target.ts';
import { targetAttainment } from '../../server/domains/targets/query.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const YEAR = 2024;

describe.each(availableDialects())('staff targets in persons on %s', (dialect) => {
  let db: Database;
  let staff: string;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
    const share = await db.knex('target').where({ branch_code: 'MADIUN', year: YEAR, metric: 'NEW_PARTICIPANTS' }).whereNot('staff_code', '').orderBy('staff_code').first('staff_code', 'program', 'segment', 'target');
    staff = String(share.staff_code);
    // The same person's share of another program of the same segment, larger, and one of another segment.
    await db.knex('target').insert([
      { branch_code: 'MADIUN', year: YEAR, program: 'JKM', segment: share.segment, metric: 'NEW_PARTICIPANTS', staff_code: staff, target: Number(share.target) + 500, source: 'SYNTHETIC' },
      { branch_code: 'MADIUN', year: YEAR, program: 'JKK', segment: share.segment === 'PU' ? 'BPU' : 'PU', metric: 'NEW_PARTICIPANTS', staff_code: staff, target: 70, source: 'SYNTHETIC' },
    ]);
  });
  afterAll(() => db?.close());

  it("is per segment the largest share, the segments added, and the realisation measured against it", async () => {
    const shares = (await db.knex('target').where({ branch_code: 'MADIUN', year: YEAR, metric: 'NEW_PARTICIPANTS', staff_code: staff }).select('program', 'segment', 'target')).map((r) => ({ program: String(r.program), segment: String(r.segment), target: Number(r.target) }));
    expect(shares).toHaveLength(3);
    const expected = personTarget(shares);
    expect(expected).toBeLessThan(shares.reduce((sum, s) => sum + s.target, 0));
    const [row] = (await targetAttainment(db, { branch: 'MADIUN', year: YEAR, groupBy: 'STAFF' })).filter((r) => r.key === staff);
    expect(row.unit).toBe('PERSONS');
    expect(row.target).toBe(expected);
    if (row.status !== 'NO_DATA') expect(row.attainmentPct).toBe(Math.round((row.realised / row.targetWithData) * 10_000) / 100);
    expect(row.targetWithData + row.targetWithoutData).toBe(expected);
  });
});
