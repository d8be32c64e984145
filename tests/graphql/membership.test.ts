// membershipTrend against the seeded demo data, on SQLite and PostgreSQL: the study's figures
// come back exactly, stocks take the end of each period at every granularity, and bad
// arguments are refused with BAD_USER_INPUT naming the argument.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDY_ACTIVE_PARTICIPANTS } from '../../server/db/seed/study.ts';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const TREND = `query Trend($branch: ID, $segments: [Segment!], $programs: [Program!], $from: String, $to: String, $granularity: Granularity) {
  membershipTrend(branch: $branch, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {
    segment program points { period activeParticipants change changePct newParticipants asOf source }
  }
}`;

describe.each(availableDialects())('membershipTrend on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  const trend = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(TREND, variables);
    expect(res.errors).toBeUndefined();
    return res.data.membershipTrend as any[];
  };

  it('lists the years with data of a branch, an office and the nation, as the yearly trend has them', async () => {
    const yearsOf = (series: any[]) => [...new Set(series.flatMap((s) => s.points.map((p: any) => Number(p.period))))].sort((a, b) => a - b);
    for (const scope of [{}, { branch: 'MADIUN' }, { region: 'JATIM' }]) {
      const res = await server.graphql('query ($branch: ID, $region: ID) { membershipYears(branch: $branch, region: $region) }', scope);
      expect(res.errors, JSON.stringify(scope)).toBeUndefined();
      const trendRes = await server.graphql('query ($branch: ID, $region: ID) { membershipTrend(branch: $branch, region: $region) { points { period } } }', scope);
      expect(res.data.membershipYears.length).toBeGreaterThan(3);
      expect(res.data.membershipYears, JSON.stringify(scope)).toEqual(yearsOf(trendRes.data.membershipTrend));
    }
    await server.db.knex.transaction(async (trx) => {
      await trx('membership_snapshot').insert({
        branch_code: 'BLITAR', year: 2030, month: 2, period_index: 2030 * 12 + 1, precision: 'MONTH', segment: 'PU', program: '', active_participants: 10, source: 'IMPORTED',
      });
      await refreshMembershipRollup(trx, { branch: 'BLITAR' });
    });
    try {
      expect((await server.graphql('{ membershipYears(branch: "BLITAR") }')).data.membershipYears.at(-1)).toBe(2030);
      expect((await server.graphql('{ membershipYears(branch: "MADIUN") }')).data.membershipYears).not.toContain(2030);
    } finally {
      await server.db.knex.transaction(async (trx) => {
        await trx('membership_snapshot').where({ branch_code: 'BLITAR', year: 2030 }).delete();
        await refreshMembershipRollup(trx, { branch: 'BLITAR' });
      });
    }
    const both = await server.graphql('{ membershipYears(branch: "MADIUN", region: "JATIM") }');
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("returns the study's Tabel 1 and 2 exactly, marked STUDY, with the study's reading of the changes", async () => {
    const series = await trend({ branch: 'MADIUN', segments: ['PU', 'BPU'], from: '2016', to: '2020' });
    expect(series.map((s) => [s.segment, s.program])).toEqual([['PU', null], ['BPU', null]]);
    for (const s of series) {
      const published = STUDY_ACTIVE_PARTICIPANTS[s.segment as 'PU' | 'BPU'];
      expect(s.points.map((p: any) => [Number(p.period), p.activeParticipants])).toEqual(Object.entries(published).map(([y, v]) => [Number(y), v]));
      expect(s.points.every((p: any) => p.source === 'STUDY')).toBe(true);
    }
    const pu2019 = series[0].points.find((p: any) => p.period === '2019');
    expect([pu2019.change, pu2019.changePct]).toEqual([-1058, -2.42]);
    const bpu = series[1].points;
    expect(bpu[0].change).toBeNull();
    expect(bpu[1].changePct).toBe(-63.79);
    expect(bpu[4].changePct).toBe(52.52);
  });

  it('takes the value of the last month for quarters and years (a stock, never a sum)', async () => {
    const args = { branch: 'KEDIRI', segments: ['BPU'], from: '2022', to: '2023' };
    const [months] = await trend({ ...args, granularity: 'MONTH' });
    const [quarters] = await trend({ ...args, granularity: 'QUARTER' });
    const [years] = await trend({ ...args, granularity: 'YEAR' });
    expect(months.points).toHaveLength(24);
    const byMonth = new Map(months.points.map((p: any) => [p.period, p.activeParticipants]));
    expect(quarters.points.map((p: any) => p.period)).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4']);
    for (const p of [...quarters.points, ...years.points]) expect(p.activeParticipants).toBe(byMonth.get(p.asOf));
    expect(years.points.map((p: any) => p.asOf)).toEqual(['2022-12', '2023-12']);
    // New participants are a flow: a year is the sum of its months.
    const fresh2022 = months.points.filter((p: any) => p.period.startsWith('2022')).reduce((s: number, p: any) => s + p.newParticipants, 0);
    expect(years.points[0].newParticipants).toBe(fresh2022);
    // change compares with the previous point of the same series.
    expect(quarters.points[1].change).toBe(quarters.points[1].activeParticipants - quarters.points[0].activeParticipants);
  });

  it('ends an incomplete year on its latest month', async () => {
    const [pu] = await trend({ branch: 'MADIUN', segments: ['PU'], from: '2025', granularity: 'YEAR' });
    expect(pu.points).toHaveLength(1);
    expect(pu.points[0].asOf).toBe('2025-10');
  });

  it('sums the branches for "all branches", each at its own end of period', async () => {
    const all = await trend({ segments: ['PU'], from: '2024', to: '2024' });
    let sum = 0;
    for (const branch of ['MADIUN', 'KEDIRI', 'PONOROGO', 'BLITAR']) {
      const [s] = await trend({ branch, segments: ['PU'], from: '2024', to: '2024' });
      sum += s.points[0].activeParticipants;
    }
    expect(all[0].points[0].activeParticipants).toBe(sum);
  });

  it('gives one series per segment and program when programs are asked for, counting enrolments', async () => {
    const series = await trend({ branch: 'MADIUN', segments: ['PU'], programs: ['JKK', 'JP'], from: '2020', to: '2020' });
    expect(series.map((s) => `${s.segment}/${s.program}`)).toEqual(['PU/JKK', 'PU/JP']);
    const [persons] = await trend({ branch: 'MADIUN', segments: ['PU'], from: '2020', to: '2020' });
    // Every PU worker is in the compulsory pair; fewer are in the pension program.
    expect(series[0].points[0].activeParticipants).toBe(persons.points[0].activeParticipants);
    expect(series[1].points[0].activeParticipants).toBeLessThan(persons.points[0].activeParticipants);
    expect(series[0].points[0].source).toBe('SYNTHETIC');
  });

  it.each([
    [{ branch: 'NOWHERE' }, 'branch', /unknown branch code "NOWHERE"/],
    [{ from: '2020-13' }, 'from', /"2020-13" is not a period/],
    [{ to: 'last year' }, 'to', /not a period/],
    [{ from: '2021', to: '2020' }, 'from', /is after to/],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (variables, argument, message) => {
    const res = await server.graphql(TREND, variables);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.argument).toBe(argument);
    expect(res.errors![0].message).toMatch(message);
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|at .*\.ts:/);
  });

  it('refuses an unknown enum value with BAD_USER_INPUT', async () => {
    const res = await server.graphql(TREND, { segments: ['XYZ'] });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/XYZ/);
  });

  it('lists the branches with their source', async () => {
    const res = await server.graphql('{ branches { code name region source } }');
    expect(res.data.branches.map((b: any) => b.code)).toEqual(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO']);
    expect(res.data.branches.find((b: any) => b.code === 'MADIUN')).toMatchObject({ name: 'Kantor Cabang Madiun', source: 'STUDY' });
  });
});
