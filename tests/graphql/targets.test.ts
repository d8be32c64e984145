// targetAttainment on SQLite and PostgreSQL: realisation comes from the facts (year-end stock,
// summed flows, staff registrations), attainment and gap follow, and an incomplete year gets
// a run-rate projection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const ATTAINMENT = `query A($branch: ID, $year: Int!, $groupBy: TargetGroupBy, $metric: TargetMetric) {
  targetAttainment(branch: $branch, year: $year, groupBy: $groupBy, metric: $metric) {
    key label metric target realised attainmentPct gap asOf projectedRealised projectedAttainmentPct source
  }
}`;

describe.each(availableDialects())('targetAttainment on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  const attainment = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(ATTAINMENT, variables);
    expect(res.errors).toBeUndefined();
    return res.data.targetAttainment as any[];
  };

  it('realises active-participant targets as the year-end enrolments of each program', async () => {
    const rows = await attainment({ branch: 'MADIUN', year: 2023 });
    expect(rows.map((r) => r.key)).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP']);
    const trend = await server.graphql(
      `{ membershipTrend(branch: "MADIUN", programs: [JHT], from: "2023", to: "2023") { segment points { activeParticipants asOf } } }`,
    );
    const jht = rows.find((r) => r.key === 'JHT');
    const yearEnd = trend.data.membershipTrend.reduce((s: number, series: any) => s + series.points[0].activeParticipants, 0);
    expect(jht.realised).toBe(yearEnd);
    expect(jht.asOf).toBe('2023-12');
    expect(jht.projectedRealised).toBeNull();
    for (const r of rows) {
      expect(r.gap).toBe(r.target - r.realised);
      expect(r.attainmentPct).toBeCloseTo((100 * r.realised) / r.target, 2);
      expect(r.metric).toBe('ACTIVE_PARTICIPANTS');
    }
  });

  it('sums new participants over the year for NEW_PARTICIPANTS targets', async () => {
    const [pu] = await attainment({ branch: 'BLITAR', year: 2022, groupBy: 'SEGMENT', metric: 'NEW_PARTICIPANTS' }).then((rows) => rows.filter((r) => r.key === 'PU'));
    const months = await server.graphql(
      `{ membershipTrend(branch: "BLITAR", segments: [PU], programs: [JKK, JKM, JHT, JP, JKP], from: "2022", to: "2022") { program points { newParticipants } } }`,
    );
    const sum = months.data.membershipTrend.reduce((s: number, series: any) => s + series.points[0].newParticipants, 0);
    expect(pu.realised).toBe(sum);
  });

  it("realises a staff member's target as the registrations of their activities, labelled with their name", async () => {
    const rows = await attainment({ branch: 'MADIUN', year: 2024, groupBy: 'STAFF' });
    expect(rows.length).toBe(5);
    const reach = await server.graphql(`{ campaignReach(branch: "MADIUN", from: "2024", to: "2024", groupBy: STAFF) { key registrations } }`);
    for (const r of rows) {
      expect(r.realised).toBe(reach.data.campaignReach.find((x: any) => x.key === r.key).registrations);
      expect(r.label).toMatch(/sintetis/);
      expect(r.metric).toBe('NEW_PARTICIPANTS');
    }
  });

  it('projects an incomplete year at its run rate', async () => {
    const rows = await attainment({ branch: 'MADIUN', year: 2025, groupBy: 'STAFF' });
    for (const r of rows) {
      expect(r.asOf).toBe('2025-10');
      expect(r.projectedRealised).toBe(Math.round((r.realised * 12) / 10));
    }
    const stock = await attainment({ branch: 'MADIUN', year: 2025 });
    const previous = await attainment({ branch: 'MADIUN', year: 2024 });
    const jkk = stock.find((r) => r.key === 'JKK');
    const start = previous.find((r) => r.key === 'JKK').realised;
    expect(jkk.projectedRealised).toBe(Math.round(start + ((jkk.realised - start) * 12) / 10));
  });

  it('answers an empty list for a year without targets and refuses impossible years', async () => {
    expect(await attainment({ year: 2010 })).toEqual([]);
    const res = await server.graphql(ATTAINMENT, { year: 99999 });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'year' } });
  });
});
