// Review.assessment over GraphQL on both databases: the week's targets as targetAttainment
// gives them cut off at the week's Sunday, the AR/ARK league table and what moved since the
// week before, checked against sums the test takes straight from the activities of the week's
// days. (assessment-cut-off.test.ts: the cut-off itself and the phasing to date.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOfDay, readIsoWeek, shiftIsoWeek } from '../../common/time/iso-week.ts';
import { targetAttainment } from '../../server/domains/targets/query.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const COUNTS = 'activities registrations reach attendees impressions';
const QUERY = `query($branch: ID!, $from: String, $to: String) { reviews(branch: $branch, from: $from, to: $to) { week assessment {
  week weekStart weekEnd year lastWeek yearToDateStart targetsMet targetsNotMet targetsWithoutData source
  targets { key status attainmentPct realised target }
  league { staff name attainmentToDatePct attainment { key attainmentPct status target realised } week { ${COUNTS} } yearToDate { ${COUNTS} } }
  movement { activity thisWeek { ${COUNTS} } lastWeek { ${COUNTS} } change { activities registrations reach } }
} } }`;
/** targetAttainment's rows cut off at the week's Sunday, with the fields the query asks. */
const targetsThrough = async (server: TestServer, groupBy: 'PROGRAM' | 'STAFF', through: string) =>
  (await targetAttainment(server.db, { branch: 'MADIUN', year: 2025, groupBy, through })).map((r) => ({ key: r.key, status: r.status, attainmentPct: r.attainmentPct, realised: r.realised, target: r.target }));

describe.each(availableDialects())('the assessment of a week on %s', (dialect) => {
  let server: TestServer;
  let kabid: string;
  let week: string;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    // The week of 2025 with the most activities of the branch: one with figures to compare.
    const days = (await server.db.knex('campaign_activity').where('branch_code', 'MADIUN').where('year', 2025).select('date')) as { date: string }[];
    const perWeek = new Map<string, number>();
    for (const { date } of days) perWeek.set(isoWeekOfDay(date).key, (perWeek.get(isoWeekOfDay(date).key) ?? 0) + 1);
    week = [...perWeek.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const made = await server.graphql('mutation($w: String!) { createReview(branch: "MADIUN", week: $w) { id } }', { w: week }, { cookie: kabid });
    expect(made.errors).toBeUndefined();
  });
  afterAll(() => server?.close());

  /** The activities of the branch between two days, summed by the test itself. */
  const sums = async (first: string, last: string, by: 'staff_code' | 'activity') => {
    const rows = (await server.db
      .knex('campaign_activity')
      .where('branch_code', 'MADIUN')
      .whereBetween('date', [first, last])
      .groupBy(by)
      .select({ key: by })
      .count({ activities: '*' })
      .sum({ registrations: 'registrations', reach: 'reach' })) as { key: string; activities: unknown; registrations: unknown; reach: unknown }[];
    return new Map(rows.map((r) => [String(r.key), { activities: Number(r.activities), registrations: Number(r.registrations), reach: Number(r.reach) }]));
  };

  it('puts the targets, the league table and the week against the week before side by side', async () => {
    const answer = await server.graphql(QUERY, { branch: 'MADIUN', from: week, to: week }, { cookie: kabid });
    expect(answer.errors).toBeUndefined();
    const a = answer.data.reviews[0].assessment;
    const w = readIsoWeek(week);
    if (!w.ok) throw new Error(w.problem);
    const last = shiftIsoWeek(w.week, -1);
    expect(a).toMatchObject({ week, weekStart: w.week.first, weekEnd: w.week.last, year: 2025, lastWeek: last.key, yearToDateStart: isoWeekOfDay('2025-01-04').first, source: 'SYNTHETIC' });

    // Targets: exactly targetAttainment's rows of the year up to the week's Sunday, and the met ones counted.
    const targets = await targetsThrough(server, 'PROGRAM', w.week.last);
    expect(a.targets).toEqual(targets);
    expect(targets.length).toBeGreaterThan(0);
    const withData = targets.filter((t: { status: string }) => t.status !== 'NO_DATA');
    expect(a.targetsMet).toBe(withData.filter((t: { attainmentPct: number }) => t.attainmentPct >= 100).length);
    expect(a.targetsMet + a.targetsNotMet + a.targetsWithoutData).toBe(targets.length);

    // The league table: every staff member with a target or an activity this year, their
    // target split as targetAttainment by STAFF has it, their week and year to date.
    const staffTargets = await targetsThrough(server, 'STAFF', w.week.last);
    const [inWeek, inYear] = await Promise.all([sums(w.week.first, w.week.last, 'staff_code'), sums(a.yearToDateStart, w.week.last, 'staff_code')]);
    inWeek.delete('');
    inYear.delete('');
    const expectedStaff = new Set([...staffTargets.map((t: { key: string }) => t.key), ...inYear.keys()]);
    expect(new Set(a.league.map((s: { staff: string }) => s.staff))).toEqual(expectedStaff);
    expect(inWeek.size).toBeGreaterThan(0);
    for (const s of a.league) {
      expect(s.attainment).toEqual(staffTargets.find((t: { key: string }) => t.key === s.staff) ?? null);
      expect(s.name).toEqual(expect.any(String));
      for (const [got, want] of [[s.week, inWeek.get(s.staff)], [s.yearToDate, inYear.get(s.staff)]]) {
        expect({ activities: got.activities, registrations: got.registrations, reach: got.reach }).toEqual(want ?? { activities: 0, registrations: 0, reach: 0 });
      }
    }
    // Best attainment against the phasing to date first.
    const pcts = a.league.filter((s: { attainmentToDatePct: number | null }) => s.attainmentToDatePct !== null).map((s: { attainmentToDatePct: number }) => s.attainmentToDatePct);
    expect(pcts.length).toBeGreaterThan(0);
    expect(pcts).toEqual([...pcts].sort((x, y) => y - x));

    // What moved: per activity type, this week, last week and the difference.
    const [now, before] = await Promise.all([sums(w.week.first, w.week.last, 'activity'), sums(last.first, last.last, 'activity')]);
    const zero = { activities: 0, registrations: 0, reach: 0 };
    expect(a.movement.map((m: { activity: string }) => m.activity)).toEqual(['SOCIALISATION', 'PROMOTION']);
    for (const m of a.movement) {
      const [x, y] = [now.get(m.activity) ?? zero, before.get(m.activity) ?? zero];
      expect({ activities: m.thisWeek.activities, registrations: m.thisWeek.registrations, reach: m.thisWeek.reach }).toEqual(x);
      expect({ activities: m.lastWeek.activities, registrations: m.lastWeek.registrations, reach: m.lastWeek.reach }).toEqual(y);
      expect(m.change).toEqual({ activities: x.activities - y.activities, registrations: x.registrations - y.registrations, reach: x.reach - y.reach });
      expect(m.thisWeek[m.activity === 'SOCIALISATION' ? 'attendees' : 'impressions']).toBe(x.reach);
    }
  });

  it('is read with the review: a researcher gets neither', async () => {
    const researcher = await sessionOf(server, 'peneliti.asesmen', 'RESEARCHER');
    const answer = await server.graphql(QUERY, { branch: 'MADIUN', from: week, to: week }, { cookie: researcher });
    expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(answer.data).toBeNull();
  });

  it('computes at most 13 assessments in one request', async () => {
    for (let w = 1; w <= 14; w++) {
      await server.graphql('mutation($w: String!) { createReview(branch: "MADIUN", week: $w) { id } }', { w: `2024-W${String(w).padStart(2, '0')}` }, { cookie: kabid });
    }
    const many = await server.graphql('query { reviews(branch: "MADIUN", from: "2024-W01", to: "2024-W14") { week assessment { week } } }', {}, { cookie: kabid });
    expect(many.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/at most 13 reviews; ask reviews with a shorter range/) });
    const fewer = await server.graphql('query { reviews(branch: "MADIUN", from: "2024-W02", to: "2024-W14") { week assessment { week } } }', {}, { cookie: kabid });
    expect(fewer.errors).toBeUndefined();
    expect(fewer.data.reviews.map((r: { assessment: { week: string } }) => r.assessment.week)).toHaveLength(13);
  });
});
