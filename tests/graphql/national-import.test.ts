// An import shows in the national and the regional figures at once: the rollups that answer
// them are kept current inside the import's own transaction, and the answers cached before it
// are left behind by the data version. Asked through GraphQL, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const FIGURES = `{
  nation: campaignReach(from: "2025", to: "2025", groupBy: ACTIVITY) { key activities registrations costIdr }
  region: campaignReach(region: "JATIM", from: "2025", to: "2025", groupBy: BRANCH) { key activities registrations }
  effectiveness(from: "2025", to: "2025") { promotion { activities registrations } }
  years: membershipYears
  trend: membershipTrend(segments: [PU], from: "2025", to: "2025") { points { period activeParticipants reportingBranches } }
}`;

describe.each(availableDialects())('an import in the national figures on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  const ask = async () => {
    const res = await server.graphql(FIGURES);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };

  it('adds the imported activities, a corrected year-end and a new year to the nation, the office and its branch at once', async () => {
    const before = await ask();
    expect(await ask()).toEqual(before); // answered again (from the cache, if kept) alike
    const campaigns = [
      'branch,date,activity,channel,reach,registrations,name,cost_idr',
      'KEDIRI,2025-12-20,PROMOTION,RADIO,40000,77,Spot akhir tahun,3500000',
      'KEDIRI,2025-12-21,PROMOTION,RADIO,30000,23,Spot akhir tahun 2,1500000',
    ].join('\n');
    expect((await importFile(server.db, { kind: 'campaigns', source: { buffer: Buffer.from(campaigns) }, fileName: 'spot.csv', actor: 'test' })).outcome).toBe('STORED');
    // Blitar's latest month (October 2025) corrected by +1,000, and a first month of 2026.
    const december = await server.db.knex('membership_snapshot').where({ branch_code: 'BLITAR', year: 2025, month: 10, segment: 'PU', program: '' }).first();
    expect(december).toBeDefined();
    const membership = `branch,period,segment,active_participants\nBLITAR,2025-10,PU,${Number(december.active_participants) + 1000}\nBLITAR,2026-01,PU,50000\n`;
    expect((await importFile(server.db, { kind: 'membership', source: { buffer: Buffer.from(membership) }, fileName: 'jan.csv', actor: 'test' })).outcome).toBe('STORED');

    const after = await ask();
    const promotion = (rows: any[]) => rows.find((r) => r.key === 'PROMOTION');
    expect(promotion(after.nation).activities).toBe(promotion(before.nation).activities + 2);
    expect(promotion(after.nation).registrations).toBe(promotion(before.nation).registrations + 100);
    expect(promotion(after.nation).costIdr).toBe(promotion(before.nation).costIdr + 5000000);
    expect(after.effectiveness.promotion.registrations).toBe(before.effectiveness.promotion.registrations + 100);
    const kediri = (rows: any[]) => rows.find((r) => r.key === 'KEDIRI');
    expect(kediri(after.region).registrations).toBe(kediri(before.region).registrations + 100);
    expect(after.region.filter((r: any) => r.key !== 'KEDIRI')).toEqual(before.region.filter((r: any) => r.key !== 'KEDIRI'));
    expect(after.years).toEqual([...before.years, 2026]);
    const [was, is] = [before.trend[0].points[0], after.trend[0].points[0]];
    expect(is).toEqual({ ...was, activeParticipants: was.activeParticipants + 1000 });
  });
});
