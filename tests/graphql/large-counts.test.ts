// National totals pass GraphQL's Int (2³¹−1): three promotion placements of two billion views
// each sum to six billion. Every count that sums rows is a Count, answered exactly on both
// databases (PostgreSQL returns such sums as numeric strings), never INTERNAL_SERVER_ERROR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const BIG = 2_000_000_000;
const CSV = ['branch,date,activity,channel,reach,registrations', ...['2030-01-05', '2030-02-05', '2030-03-05'].map((d) => `MADIUN,${d},PROMOTION,TELEVISION,${BIG},1000`)].join('\n');

describe.each(availableDialects())('counts above 2^31 on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, {
      prepare: async (db) => {
        const report = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from(CSV) }, fileName: 'tv.csv', actor: 'test' });
        if (report.outcome !== 'STORED') throw new Error(JSON.stringify(report.problems));
      },
    });
  });
  afterAll(() => server?.close());

  it('answers reach by year, by activity and the effectiveness of the year exactly', async () => {
    const res = await server.graphql(`{
      byYear: campaignReach(branch: "MADIUN", from: "2030", to: "2030", groupBy: YEAR) { key reach impressions registrations }
      byActivity: campaignReach(branch: "MADIUN", from: "2030", to: "2030", groupBy: ACTIVITY) { key reach }
      effectiveness(branch: "MADIUN", from: "2030", to: "2030") { promotion { activities reach registrations } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.byYear).toEqual([{ key: '2030', reach: 3 * BIG, impressions: 3 * BIG, registrations: 3000 }]);
    expect(res.data.byActivity.find((r: { key: string }) => r.key === 'PROMOTION').reach).toBe(3 * BIG);
    expect(res.data.effectiveness.promotion).toEqual({ activities: 3, reach: 3 * BIG, registrations: 3000 });
  });

  it('writes them whole in the CSV download', async () => {
    const text = await (await fetch(`${server.url}/api/campaignReach.csv?branch=MADIUN&from=2030&to=2030&groupBy=YEAR&lang=en`)).text();
    expect(text).toContain(String(3 * BIG));
  });
});
