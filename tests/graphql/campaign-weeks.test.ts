// Campaign results by ISO week and over week ranges, as a Kabid's Monday asks them: grouped
// by WEEK, and `from`/`to` given as `YYYY-Www` (from the week's Monday to its Sunday, across
// month and year ends). Checked against the activities themselves, weeks computed in
// JavaScript (common/time/iso-week.ts), on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOfDay, readIsoWeek } from '../../common/time/iso-week.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const REACH = `query($branch: ID, $from: String, $to: String, $groupBy: ReachGroupBy, $activity: ActivityType) {
  campaignReach(branch: $branch, from: $from, to: $to, groupBy: $groupBy, activity: $activity) { key activities registrations reach costIdr }
}`;

interface Activity { date: string; registrations: number; activity: string }

describe.each(availableDialects())('campaign weeks on %s', (dialect) => {
  let server: TestServer;
  let activities: Activity[];
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    activities = (await server.db.knex('campaign_activity').where('branch_code', 'MADIUN').select('date', 'registrations', 'activity')).map((a: Activity) => ({ ...a, registrations: Number(a.registrations) }));
  });
  afterAll(() => server?.close());

  const ask = async (variables: Record<string, unknown>) => {
    const answer = await server.graphql(REACH, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data.campaignReach as { key: string; activities: number; registrations: number }[];
  };

  /** Activities and registrations per week, from the rows. */
  function byWeek(rows: Activity[]): Map<string, { activities: number; registrations: number }> {
    const weeks = new Map<string, { activities: number; registrations: number }>();
    for (const a of rows) {
      const key = isoWeekOfDay(a.date).key;
      const w = weeks.get(key) ?? { activities: 0, registrations: 0 };
      weeks.set(key, { activities: w.activities + 1, registrations: w.registrations + a.registrations });
    }
    return weeks;
  }

  it('groups a year by ISO week, the weeks at the year ends included', async () => {
    const rows = await ask({ branch: 'MADIUN', from: '2024', to: '2024', groupBy: 'WEEK' });
    const expected = byWeek(activities.filter((a) => a.date.startsWith('2024')));
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.map((r) => r.key)).toEqual([...expected.keys()].sort());
    for (const r of rows) expect({ key: r.key, activities: r.activities, registrations: r.registrations }).toEqual({ key: r.key, ...expected.get(r.key) });
    // The calendar year 2024 ends on a Tuesday: its last days are in 2025-W01.
    if (activities.some((a) => a.date >= '2024-12-30' && a.date <= '2024-12-31')) expect(rows.at(-1)!.key).toBe('2025-W01');
  });

  it('takes weeks as from and to: Monday to Sunday, across a year end', async () => {
    const from = readIsoWeek('2024-W52');
    const to = readIsoWeek('2025-W02');
    if (!from.ok || !to.ok) throw new Error('bad weeks');
    const inRange = activities.filter((a) => a.date >= from.week.first && a.date <= to.week.last);
    expect(inRange.length).toBeGreaterThan(0);
    const total = await ask({ branch: 'MADIUN', from: '2024-W52', to: '2025-W02', groupBy: 'ACTIVITY' });
    expect(total.reduce((n, r) => n + r.activities, 0)).toBe(inRange.length);
    expect(total.reduce((n, r) => n + r.registrations, 0)).toBe(inRange.reduce((n, a) => n + a.registrations, 0));
    const weeks = await ask({ branch: 'MADIUN', from: '2024-W52', to: '2025-W02', groupBy: 'WEEK' });
    expect(weeks.map((w) => w.key)).toEqual([...byWeek(inRange).keys()].sort());
    // A month start beside a week end: from the first of December to the Sunday of 2025-W02.
    const mixed = await ask({ branch: 'MADIUN', from: '2024-12', to: '2025-W02', groupBy: 'ACTIVITY' });
    expect(mixed.reduce((n, r) => n + r.activities, 0)).toBe(activities.filter((a) => a.date >= '2024-12-01' && a.date <= to.week.last).length);
  });

  it('answers the nation by week from the activities, equal to the sum of its branches', async () => {
    const nation = await ask({ from: '2025-W10', to: '2025-W13', groupBy: 'WEEK' });
    const all = (await server.db.knex('campaign_activity').where('date', '>=', '2025-03-03').andWhere('date', '<=', '2025-03-30').count({ n: '*' }).first())!;
    expect(nation.reduce((n, r) => n + r.activities, 0)).toBe(Number(all.n));
  });

  it('refuses a week that is none, and weeks for monthly figures, naming the argument', async () => {
    const bad = await server.graphql(REACH, { branch: 'MADIUN', from: '2025-W53' });
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'from: 2025 has weeks W01 to W52, not W53' });
    const reversed = await server.graphql(REACH, { branch: 'MADIUN', from: '2025-W10', to: '2025-W09' });
    expect(reversed.errors![0].message).toBe('from: "2025-W10" is after to "2025-W09"');
    const membership = await server.graphql('{ membershipTrend(branch: "MADIUN", from: "2025-W10") { segment } }');
    expect(membership.errors![0].message).toMatch(/from: "2025-W10" is a week: weeks are periods of campaign activities only/);
  });
});
