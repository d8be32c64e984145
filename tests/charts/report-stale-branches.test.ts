// The printed report of the nation names the branches whose data lag behind as the dashboard's
// notice and the charts name branches (common/charts/office-names.ts), not by code, in both
// languages: one branch stopped reporting over a year ago while the others are current, so the
// latest month is complete and the warning lists that branch. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleBranchNames } from '../../server/domains/freshness/names.ts';
import { importText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

/** `YYYY-MM` of the month `back` months before today's (UTC). */
function monthsAgo(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe.each(availableDialects())('stale branches by name on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false });
    await importText(server.db, 'branches', 'code,name\nALFA,Kantor Cabang Alfa\nBETA,Kantor Cabang Beta\nDELTA,Kantor Cabang Delta\n');
    const header = 'branch,period,segment,active_participants';
    const report = await importText(server.db, 'membership', [header, `ALFA,${monthsAgo(1)},PU,100`, `BETA,${monthsAgo(14)},PU,80`, `DELTA,${monthsAgo(1)},PU,50`].join('\n'));
    expect(report.outcome).toBe('STORED');
  }, 120_000);
  afterAll(() => server?.close());

  const report = async (query: string) => {
    const res = await fetch(`${server.url}/report?${query}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it('dataFreshness still answers the lagging branch by code, what scripts join on', async () => {
    const res = await server.graphql('{ dataFreshness { stale monthsBehind staleBranches } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.dataFreshness).toEqual({ stale: true, monthsBehind: 1, staleBranches: ['BETA'] });
  });

  it("names it in the nation's report, in Indonesian and English", async () => {
    const year = monthsAgo(1).slice(0, 4);
    const id = await report(`scope=national&year=${year}&lang=id`);
    expect(id).toContain('Data tidak mutakhir untuk cabang: Kantor Cabang Beta.');
    const en = await report(`scope=national&year=${year}&lang=en`);
    expect(en).toContain('Data out of date for branches: Kantor Cabang Beta.');
    expect(en).not.toContain('branches: BETA');
  });

  it('keeps the code of a branch the directory does not know, and reads no directory when none lags', async () => {
    expect(await staleBranchNames(server.db, ['BETA', 'ZULU'], 'id')).toEqual(['Kantor Cabang Beta', 'ZULU']);
    expect(await staleBranchNames(server.db, [], 'en')).toEqual([]);
  });
});
