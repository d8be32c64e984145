// dataFreshness on SQLite and PostgreSQL: data more than two months behind today's month are
// stale, each branch judged on its own latest month, so one lagging branch is named in the
// all-branch view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const FRESHNESS = `query($branch: ID) { dataFreshness(branch: $branch) {
  latestMonth latestCampaignMonth currentMonth monthsBehind campaignMonthsBehind campaignsStale staleAfterMonths stale staleBranches } }`;

/** `YYYY-MM` of the month `back` months before today's (UTC). */
function monthsAgo(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe.each(availableDialects())('dataFreshness on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false });
    await importText(server.db, 'branches', 'code,name\nALFA,Kantor Cabang Alfa\nBETA,Kantor Cabang Beta\nGAMMA,Kantor Cabang Gamma\nDELTA,Kantor Cabang Delta\n');
    const header = 'branch,period,segment,active_participants';
    const report = await importText(server.db, 'membership', [header, `ALFA,${monthsAgo(1)},PU,100`, `BETA,${monthsAgo(5)},PU,80`, `BETA,${monthsAgo(6)},PU,70`, `DELTA,${monthsAgo(0)},PU,50`].join('\n'));
    expect(report.outcome).toBe('STORED');
    // ALFA's last activity was last month; DELTA's a year ago, though its membership is current.
    const campaigns = await importText(server.db, 'campaigns', [
      'branch,date,activity,channel,reach,registrations',
      `ALFA,${monthsAgo(1)}-15,SOCIALISATION,FACE_TO_FACE,30,5`,
      `DELTA,${monthsAgo(12)}-15,SOCIALISATION,FACE_TO_FACE,30,5`,
    ].join('\n'));
    expect(campaigns.problems).toEqual([]);
  });
  afterAll(() => server?.close());

  const freshness = async (branch?: string) => {
    const res = await server.graphql(FRESHNESS, { branch });
    expect(res.errors).toBeUndefined();
    return res.data.dataFreshness;
  };

  it('is current when the latest month is at most two months behind', async () => {
    expect(await freshness('ALFA')).toEqual({
      latestMonth: monthsAgo(1), latestCampaignMonth: monthsAgo(1), currentMonth: monthsAgo(0), monthsBehind: 1,
      campaignMonthsBehind: 1, campaignsStale: false, staleAfterMonths: 2, stale: false, staleBranches: [],
    });
  });

  it('flags a branch whose latest month is further behind, saying how far', async () => {
    expect(await freshness('BETA')).toMatchObject({ latestMonth: monthsAgo(5), monthsBehind: 5, stale: true, staleBranches: ['BETA'] });
  });

  it('names the lagging branches in the all-branch view, though the latest month is current', async () => {
    expect(await freshness()).toMatchObject({ latestMonth: monthsAgo(0), monthsBehind: 0, stale: true, staleBranches: ['BETA'] });
  });

  it('flags campaigns that stopped a year ago, though the membership figures are current', async () => {
    expect(await freshness('DELTA')).toMatchObject({
      latestMonth: monthsAgo(0), monthsBehind: 0, latestCampaignMonth: monthsAgo(12), campaignMonthsBehind: 12, campaignsStale: true, stale: true, staleBranches: [],
    });
  });

  it("counts the branches by their own latest month (latestMonths), from which the latest month's coverage follows", async () => {
    const res = await server.graphql('query($branch: ID) { dataFreshness(branch: $branch) { latestMonths { month branches } } }', {});
    expect(res.errors).toBeUndefined();
    // ALFA last month, BETA five months ago, DELTA this month; GAMMA has nothing and is not counted.
    expect(res.data.dataFreshness.latestMonths).toEqual([
      { month: monthsAgo(5), branches: 1 },
      { month: monthsAgo(1), branches: 1 },
      { month: monthsAgo(0), branches: 1 },
    ]);
    const one = await server.graphql('query($branch: ID) { dataFreshness(branch: $branch) { latestMonths { month branches } } }', { branch: 'GAMMA' });
    expect(one.data.dataFreshness.latestMonths).toEqual([]);
  });

  it('says nothing is stored for a branch without data', async () => {
    expect(await freshness('GAMMA')).toMatchObject({ latestMonth: null, monthsBehind: null, latestCampaignMonth: null, campaignsStale: false, stale: false, staleBranches: [] });
  });
});
