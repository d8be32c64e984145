// membershipTrend computes only what a request selects (server/domains/membership/query.ts,
// asksCoverage): a request for the stocks alone reads the window's rows and nothing else, the
// period before and the branches behind each point only when a selected point field needs them
// (change, flows, reportingBranches), a fragment's fields included. The stocks are the same
// either way, at every granularity and scope, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const STOCKS = 'period activeParticipants asOf source flowSource';
const COVERAGE = 'change changePct changeUnavailable newParticipants lapsedParticipants flowsIncomplete reportingBranches';

const SCOPES = [{ branch: 'MADIUN' }, { region: 'JATIM' }, {}];
const WINDOWS = [
  { granularity: 'YEAR', from: '2017', to: '2020' },
  { granularity: 'QUARTER', from: '2018-04', to: '2019-12' },
  { granularity: 'MONTH', from: '2019-02', to: '2019-11' },
  { granularity: 'YEAR' },
];

describe.each(availableDialects())('membershipTrend reads only for the selected fields on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    // Every request computes (no kept answers), so that its statements can be counted.
    server = await startTestServer(dialect, { env: { GRAPHQL_ANSWER_CACHE_ENTRIES: '0' } });
    // The stored data's facts (the cost limit's, read once per data version) before counting.
    expect((await server.graphql('{ membershipTrend(branch: "MADIUN") { segment } }')).errors).toBeUndefined();
  }, 120_000);
  afterAll(() => server?.close());

  const trend = (points: string, args: Record<string, unknown>, fragments = '') =>
    server.graphql(
      `query T($branch: ID, $region: ID, $granularity: Granularity, $from: String, $to: String) {
        membershipTrend(branch: $branch, region: $region, granularity: $granularity, from: $from, to: $to, programs: [JKK, JHT]) { segment program unit points { ${points} } }
      } ${fragments}`,
      args,
    );

  /** The statements one request sends, and its answer. */
  async function counted(points: string, args: Record<string, unknown>, fragments = '') {
    const statements: string[] = [];
    const watch = (q: { sql: string }) => statements.push(q.sql);
    const instances = [...new Set([server.db.knex, server.db.read])];
    for (const k of instances) k.on('query', watch);
    try {
      return { res: await trend(points, args, fragments), statements };
    } finally {
      for (const k of instances) k.off('query', watch);
    }
  }

  it('gives the same stocks with and without the coverage fields, with fewer statements without them', async () => {
    for (const scope of SCOPES) {
      for (const window of WINDOWS) {
        const args = { ...scope, ...window };
        const plain = await counted(STOCKS, args);
        const full = await counted(`${STOCKS} ${COVERAGE}`, args);
        expect(plain.res.errors, JSON.stringify(args)).toBeUndefined();
        expect(full.res.errors, JSON.stringify(args)).toBeUndefined();
        const stocks = (series: { points: Record<string, unknown>[] }[]) =>
          series.map((s) => ({ ...s, points: s.points.map((p) => Object.fromEntries(STOCKS.split(' ').map((f) => [f, p[f]]))) }));
        expect(plain.res.data.membershipTrend.length, JSON.stringify(args)).toBeGreaterThan(0);
        expect(stocks(plain.res.data.membershipTrend), JSON.stringify(args)).toEqual(stocks(full.res.data.membershipTrend));
        // The full answer measured what the plain one skipped.
        expect(full.res.data.membershipTrend.flatMap((s: { points: { reportingBranches: number }[] }) => s.points).every((p: { reportingBranches: number }) => p.reportingBranches > 0)).toBe(true);
        expect(plain.statements.length, JSON.stringify(args)).toBeLessThan(full.statements.length);
      }
    }
  });

  it('computes a coverage field asked through a fragment, as asked directly', async () => {
    const args = { branch: 'MADIUN', granularity: 'YEAR', from: '2017', to: '2020' };
    const direct = await trend(`${STOCKS} change reportingBranches`, args);
    const fragment = await trend(`${STOCKS} ...Change`, args, 'fragment Change on MembershipPoint { ... on MembershipPoint { change reportingBranches } }');
    expect(fragment.errors).toBeUndefined();
    expect(fragment.data.membershipTrend).toEqual(direct.data.membershipTrend);
    // 2017–2020 of the study's branch: every year has the year before, so a change.
    expect(direct.data.membershipTrend.flatMap((s: { points: { change: number | null }[] }) => s.points).some((p: { change: number | null }) => p.change !== null)).toBe(true);
  });
});
