// targetAttainment on SQLite and PostgreSQL with the demo data: realisation comes from the
// facts (year-end stock, summed flows, staff registrations), attainment and gap follow, rows
// say their unit and status, and an incomplete year gets a run-rate projection computed from
// each key's own months. Expectations are computed from the data, not from demo figures.
// (tests/graphql/targets-imported.test.ts covers imported data the demo never made.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineProjections, type MonthValue, projectStock } from '../../server/domains/targets/projection.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const ATTAINMENT = `query A($branch: ID, $year: Int!, $groupBy: TargetGroupBy, $metric: TargetMetric) {
  targetAttainment(branch: $branch, year: $year, groupBy: $groupBy, metric: $metric) {
    key label metric unit status target targetWithData targetWithoutData keysWithTargets keysWithData realised attainmentPct gap
    asOf earliestAsOf reportingBranches branchesWithTargets
    projectedRealised projectedLow projectedHigh projectedAttainmentPct source
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
    expect(jht.status).toBe('COMPLETE');
    expect(jht.projectedRealised).toBeNull();
    for (const r of rows) {
      expect(r.unit).toBe('ENROLMENTS');
      expect(r).toMatchObject({ targetWithData: r.target, targetWithoutData: 0, keysWithData: r.keysWithTargets });
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
      expect(r.unit).toBe('PERSONS');
    }
  });

  it('projects an incomplete year from each key\'s own months, with a 95 % interval', async () => {
    const staff = await attainment({ branch: 'MADIUN', year: 2025, groupBy: 'STAFF' });
    const months = await server.graphql(`{ campaignReach(branch: "MADIUN", from: "2025", to: "2025", groupBy: MONTH) { key activities } }`);
    const lastMonth = months.data.campaignReach.filter((r: any) => r.activities > 0).map((r: any) => r.key).sort().at(-1);
    for (const r of staff) {
      expect(r.asOf).toBe(lastMonth);
      expect(r.status).toBe(lastMonth.endsWith('-12') ? 'COMPLETE' : 'IN_PROGRESS');
      if (r.projectedRealised !== null) {
        expect(r.projectedRealised).toBeGreaterThanOrEqual(r.realised);
        expect(r.projectedLow).toBeLessThanOrEqual(r.projectedRealised);
        expect(r.projectedHigh).toBeGreaterThanOrEqual(r.projectedRealised);
      }
    }
    // JKK's stock: the sum of each segment's projection from its own months and its 2024 year-end.
    const [jkk] = (await attainment({ branch: 'MADIUN', year: 2025 })).filter((r) => r.key === 'JKK');
    const trend = await server.graphql(
      `{ membershipTrend(branch: "MADIUN", programs: [JKK], from: "2024-12", to: "2025-12", granularity: MONTH) { segment points { period activeParticipants } } }`,
    );
    const targets = await server.graphql(`{ targetFacts(branch: "MADIUN", from: "2025", to: "2025", first: 1000) { nodes { year program segment staff metric } } }`);
    const segments = new Set(
      targets.data.targetFacts.nodes.filter((t: any) => t.year === 2025 && t.program === 'JKK' && !t.staff && t.metric === 'ACTIVE_PARTICIPANTS').map((t: any) => t.segment),
    );
    const keys = trend.data.membershipTrend
      .filter((series: any) => segments.has(series.segment))
      .map((series: any) => {
        const start = series.points.find((p: any) => p.period === '2024-12')?.activeParticipants ?? null;
        const observed: MonthValue[] = series.points.filter((p: any) => p.period.startsWith('2025')).map((p: any) => ({ month: Number(p.period.slice(5)), value: p.activeParticipants }));
        return projectStock(observed, start);
      });
    expect(keys.length).toBe(segments.size);
    const expected = combineProjections(keys);
    expect([jkk.projectedRealised, jkk.projectedLow, jkk.projectedHigh]).toEqual([expected.projected, expected.low, expected.high]);
  });

  it('gives the same attainment without the projection fields, and the projection whenever one of them is asked for', async () => {
    const FIGURES = 'key status target targetWithData realised attainmentPct gap asOf earliestAsOf reportingBranches source';
    const asked = async (fields: string, variables: Record<string, unknown>) => {
      const res = await server.graphql(`query A($year: Int!, $groupBy: TargetGroupBy) { targetAttainment(year: $year, groupBy: $groupBy) { ${fields} } }`, variables);
      expect(res.errors).toBeUndefined();
      return res.data.targetAttainment as any[];
    };
    for (const variables of [{ year: 2025, groupBy: 'BRANCH' }, { year: 2025, groupBy: 'PROGRAM' }]) {
      const [plain, full, one] = await Promise.all([asked(FIGURES, variables), attainment(variables), asked(`${FIGURES} projectedHigh`, variables)]);
      const figures = (rows: any[]) => rows.map((r) => Object.fromEntries(FIGURES.split(' ').map((f) => [f, r[f]])));
      expect(figures(plain)).toEqual(figures(full));
      expect(one.map((r) => r.projectedHigh)).toEqual(full.map((r) => r.projectedHigh));
      // 2025 is still running in the demo data: a stock's run rate starts at the 2024 year-end.
      expect(full.some((r) => r.projectedHigh !== null)).toBe(true);
    }
  });

  it('counts segment targets in program enrolments, which exceed the persons of the trend', async () => {
    const [pu] = (await attainment({ branch: 'MADIUN', year: 2024, groupBy: 'SEGMENT' })).filter((r) => r.key === 'PU');
    const trend = await server.graphql(`{ membershipTrend(branch: "MADIUN", segments: [PU], from: "2024", to: "2024") { unit points { activeParticipants } } }`);
    const [persons] = trend.data.membershipTrend;
    expect(persons.unit).toBe('PERSONS');
    expect(pu.unit).toBe('ENROLMENTS');
    expect(pu.realised).toBeGreaterThan(persons.points[0].activeParticipants);
  });

  it('answers an empty list for a year without targets and refuses impossible years', async () => {
    expect(await attainment({ year: 2010 })).toEqual([]);
    const res = await server.graphql(ATTAINMENT, { year: 99999 });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'year' } });
  });
});
