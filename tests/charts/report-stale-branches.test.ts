// The printed report of the nation names the branches whose data lag behind as the dashboard's
// notice and the charts name branches (common/charts/office-names.ts), not by code, in both
// languages: one branch stopped reporting over a year ago while the others are current, so the
// latest month is complete and the warning lists that branch; of many, the first few and how many
// more. SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NAMED_BRANCHES } from '../../common/coverage/lagging-branches.ts';
import { report as REPORT_TEXTS } from '../../common/i18n/report.ts';
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
    expect(await staleBranchNames(server.db, ['BETA', 'ZULU'], 'id')).toEqual({ shown: ['Kantor Cabang Beta', 'ZULU'], more: 0 });
    expect(await staleBranchNames(server.db, [], 'en')).toEqual({ shown: [], more: 0 });
  });

  it('names the first few of many lagging branches and counts the rest, as the dashboard does', async () => {
    const codes = ['BETA', ...Array.from({ length: 20 }, (_, i) => `KC${String(i).padStart(3, '0')}`)];
    const { shown, more } = await staleBranchNames(server.db, codes, 'id');
    expect(shown).toEqual(['Kantor Cabang Beta', ...codes.slice(1, MAX_NAMED_BRANCHES)]);
    expect(more).toBe(codes.length - MAX_NAMED_BRANCHES);
    expect(REPORT_TEXTS.id.staleBranches(shown.join(', '), more)).toMatch(new RegExp(`^Data tidak mutakhir untuk cabang: Kantor Cabang Beta, KC000, .*, KC006 dan ${more} cabang lain\\.$`));
    expect(REPORT_TEXTS.en.staleBranches('Kantor Cabang Beta', 2)).toBe('Data out of date for branches: Kantor Cabang Beta and 2 more.');
  });
});
