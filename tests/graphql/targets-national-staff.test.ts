// The nation's questions by staff member and segment are answered, not refused by the cost
// limit (tryout F1: the nation's targets by staff were refused with COST_LIMIT), on a slice of
// the national data set, both databases. They read the staff rollups (campaigns/staff-rollup.ts),
// whose row estimates the limit counts. The slice has 12 of the 147 branches, so the limit is the
// default's share for 12 branches: the estimates and the rows read both grow with the branches.
// The answers are checked against the activities themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale } from '../../server/db/seed/national-seed.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const SLICE = 12;
const NATIONAL_BRANCHES = 147;
const DEFAULT_LIMIT = 50_000;
const LIMIT = Math.floor((DEFAULT_LIMIT * SLICE) / NATIONAL_BRANCHES);
const YEAR = 2024;

describe.each(availableDialects())('national questions by staff on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, {
      seed: false,
      prepare: async (db) => void (await seedScale(db, { scale: 'national', branches: SLICE })),
      env: { GRAPHQL_MAX_COST_ROWS: String(LIMIT) },
    });
  }, 120_000);
  afterAll(() => server?.close());

  /** Registrations of the year per staff member (or segment), summed over the activities. */
  const registrationsBy = async (column: 'staff_code' | 'segment'): Promise<Map<string, number>> => {
    const rows = (await server.db
      .knex('campaign_activity')
      .whereBetween('period_index', [YEAR * 12, YEAR * 12 + 11])
      .groupBy(column)
      .select({ key: column })
      .sum({ n: 'registrations' })) as { key: string; n: unknown }[];
    return new Map(rows.map((r) => [r.key === '' ? '(none)' : r.key, Number(r.n)]));
  };

  it("answers the nation's targets by staff, each staff member's realisation the registrations of their activities", async () => {
    const res = await server.graphql(`{ targetAttainment(year: ${YEAR}, groupBy: STAFF) { key status realised keysWithData keysWithTargets } }`);
    expect(res.errors).toBeUndefined();
    const rows = res.data.targetAttainment as { key: string; status: string; realised: number | null; keysWithData: number; keysWithTargets: number }[];
    expect(rows.length).toBeGreaterThan(SLICE);
    const registrations = await registrationsBy('staff_code');
    const complete = rows.filter((r) => r.keysWithData === r.keysWithTargets);
    expect(complete.length).toBeGreaterThan(0);
    for (const r of complete) expect(r.realised, r.key).toBe(registrations.get(r.key) ?? 0);
  });

  it("answers the nation's campaign reach by staff and by segment over a year and over months", async () => {
    for (const [groupBy, column] of [['STAFF', 'staff_code'], ['SEGMENT', 'segment']] as const) {
      const registrations = await registrationsBy(column);
      for (const [from, to] of [[`${YEAR}`, `${YEAR}`], [`${YEAR}-01`, `${YEAR}-12`]]) {
        const res = await server.graphql(`{ campaignReach(from: "${from}", to: "${to}", groupBy: ${groupBy}) { key registrations } }`);
        expect(res.errors, `${groupBy} ${from}`).toBeUndefined();
        const rows = res.data.campaignReach as { key: string; registrations: number }[];
        expect(new Map(rows.map((r) => [r.key, r.registrations])), `${groupBy} ${from}`).toEqual(registrations);
      }
    }
  });

  it("answers the year's weeks by staff from its whole months and the days around them, and still refuses what would read too many rows", async () => {
    // 2024-W01 to W52 run from 1 January to 29 December: January to November from the staff
    // rollup's months, 1–29 December from the activities.
    const res = await server.graphql(`{ campaignReach(from: "${YEAR}-W01", to: "${YEAR}-W52", groupBy: STAFF) { key registrations } }`);
    expect(res.errors).toBeUndefined();
    const rows = (await server.db
      .knex('campaign_activity')
      .whereBetween('date', [`${YEAR}-01-01`, `${YEAR}-12-29`])
      .groupBy('staff_code')
      .select({ key: 'staff_code' })
      .sum({ n: 'registrations' })) as { key: string; n: unknown }[];
    const byStaff = new Map(rows.map((r) => [r.key === '' ? '(none)' : r.key, Number(r.n)]));
    expect(new Map((res.data.campaignReach as { key: string; registrations: number }[]).map((r) => [r.key, r.registrations]))).toEqual(byStaff);
    // Nine years of staff groups, month by month.
    const refused = await server.graphql(`{ campaignReach(from: "2016-W02", to: "${YEAR}-W51", groupBy: STAFF) { key } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
  });
});
