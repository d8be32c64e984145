// campaignReach and effectiveness on SQLite and PostgreSQL: every grouping adds up to the same
// totals, ratios follow from the sums, and undefined ratios are null rather than NaN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CampaignReachArgs, campaignReach } from '../../server/domains/campaigns/query.ts';
import { refreshCampaignRollup } from '../../server/domains/campaigns/rollup.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const REACH = `query Reach($branch: ID, $from: String, $to: String, $activity: ActivityType, $groupBy: ReachGroupBy, $orderBy: ReachOrder) {
  campaignReach(branch: $branch, from: $from, to: $to, activity: $activity, groupBy: $groupBy, orderBy: $orderBy) {
    key activity activities reach registrations costIdr conversionRate costPerRegistration registrationsPerActivity source
  }
}`;
const EFFECTIVENESS = `query E($branch: ID, $from: String, $to: String) {
  effectiveness(branch: $branch, from: $from, to: $to) {
    socialisation { activities reach registrations costIdr conversionRate conversionLow conversionHigh costPerRegistration registrationsPerActivity }
    promotion { activities reach registrations costIdr conversionRate conversionLow conversionHigh costPerRegistration registrationsPerActivity }
    verdict { cheaperPerRegistration moreRegistrationsPerActivity costRatio costRatioLow costRatioHigh }
  }
}`;

const total = (rows: any[], field: string) => rows.reduce((s, r) => s + r[field], 0);

describe.each(availableDialects())('campaigns on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  const reach = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(REACH, variables);
    expect(res.errors).toBeUndefined();
    return res.data.campaignReach as any[];
  };

  it('adds up to the same totals whatever the grouping', async () => {
    const scope = { branch: 'MADIUN', from: '2022-Q2', to: '2023-Q3' };
    const groupings = ['CHANNEL', 'ACTIVITY', 'MEDIUM', 'MONTH', 'QUARTER', 'YEAR', 'STAFF', 'SEGMENT'];
    const results = await Promise.all(groupings.map((groupBy) => reach({ ...scope, groupBy })));
    const reference = results[1];
    expect(reference.map((r) => r.key).sort()).toEqual(['PROMOTION', 'SOCIALISATION']);
    for (const rows of results) {
      for (const field of ['activities', 'reach', 'registrations']) expect(total(rows, field)).toBe(total(reference, field));
      expect(total(rows, 'costIdr')).toBeCloseTo(total(reference, 'costIdr'), 0);
    }
    expect(results[3].map((r) => r.key)).toEqual(['2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09']);
    expect(results[4].map((r) => r.key)).toEqual(['2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1', '2023-Q2', '2023-Q3']);
  });

  it('derives ratios from the sums and orders channels by reach', async () => {
    const rows = await reach({ branch: 'MADIUN', from: '2024', to: '2024' });
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      expect(r.conversionRate).toBeCloseTo((100 * r.registrations) / r.reach, 9);
      expect(r.registrationsPerActivity).toBeCloseTo(r.registrations / r.activities, 9);
      if (r.registrations > 0) expect(r.costPerRegistration).toBeCloseTo(r.costIdr / r.registrations, 6);
      expect(r.source).toBe('SYNTHETIC');
    }
    expect(rows.map((r) => r.reach)).toEqual([...rows.map((r) => r.reach)].sort((a, b) => b - a));
    const faceToFace = rows.find((r) => r.key === 'FACE_TO_FACE');
    expect(faceToFace.activity).toBe('SOCIALISATION');
    // Every channel row belongs to one activity type: YOUTUBE is a row of each.
    for (const r of rows) expect(r.activity).not.toBeNull();
    const allYears = await reach({ branch: 'MADIUN' });
    expect(allYears.filter((r) => r.key === 'YOUTUBE').map((r) => r.activity).sort()).toEqual(['PROMOTION', 'SOCIALISATION']);
  });

  it('ranks channels by cost per registration, cheapest first, with undefined costs last', async () => {
    const rows = await reach({ branch: 'MADIUN', from: '2023', to: '2023', orderBy: 'COST_PER_REGISTRATION' });
    const costs = rows.map((r) => r.costPerRegistration);
    const defined = costs.filter((c) => c !== null);
    expect(defined.length).toBeGreaterThan(5);
    expect(defined).toEqual([...defined].sort((a, b) => a - b));
    expect(costs.slice(0, defined.length)).toEqual(defined);
    const byKey = await reach({ branch: 'MADIUN', from: '2023', to: '2023', orderBy: 'KEY' });
    expect(byKey.map((r) => r.key)).toEqual([...byKey.map((r) => r.key)].sort());
  });

  it('filters by activity type', async () => {
    const promotion = await reach({ branch: 'MADIUN', activity: 'PROMOTION', groupBy: 'MEDIUM' });
    expect(promotion.map((r) => r.key).sort()).toEqual(['BROADCAST', 'PRINT', 'SOCIAL_MEDIA', 'WEB']);
  });

  it('answers null ratios, never NaN, where the denominators are zero', async () => {
    await server.db.knex('campaign_activity').insert({
      branch_code: 'PONOROGO', date: '2018-03-05', year: 2018, month: 3, period_index: 2018 * 12 + 2, activity: 'PROMOTION',
      channel: 'RADIO', medium: 'BROADCAST', name: 'Zero reach spot', reach: 0, leads: null, registrations: 0, cost_idr: 0,
      segment: '', staff_code: '', source: 'IMPORTED',
    });
    // Whatever writes activities keeps the rollups current (the importer does so in its transaction).
    await server.db.knex.transaction(async (trx) => {
      await refreshCampaignRollup(trx, { branch: 'PONOROGO' });
      await refreshCampaignRollup(trx, 'national');
    });
    const [row] = await reach({ branch: 'PONOROGO', from: '2018-03', to: '2018-03' });
    expect(row).toMatchObject({ key: 'RADIO', reach: 0, registrations: 0, conversionRate: null, costPerRegistration: null, registrationsPerActivity: 0, source: 'IMPORTED' });
    const res = await server.graphql(EFFECTIVENESS, { branch: 'PONOROGO', from: '2018-03', to: '2018-03' });
    const e = res.data.effectiveness;
    expect(e.socialisation).toMatchObject({ activities: 0, conversionRate: null, conversionLow: null, costPerRegistration: null, registrationsPerActivity: null });
    expect(e.verdict).toMatchObject({ cheaperPerRegistration: 'INSUFFICIENT_DATA', costRatio: null });
  });

  it('puts socialisation and promotion side by side with intervals around the conversion', async () => {
    const scope = { branch: 'KEDIRI', from: '2023', to: '2024' };
    const res = await server.graphql(EFFECTIVENESS, scope);
    expect(res.errors).toBeUndefined();
    const { socialisation: s, promotion: p, verdict } = res.data.effectiveness;
    const byType = await reach({ ...scope, groupBy: 'ACTIVITY' });
    expect(s.registrations).toBe(byType.find((r) => r.key === 'SOCIALISATION').registrations);
    expect(p.costIdr).toBeCloseTo(byType.find((r) => r.key === 'PROMOTION').costIdr, 0);
    for (const stats of [s, p]) {
      expect(stats.conversionLow).toBeLessThanOrEqual(stats.conversionRate);
      expect(stats.conversionHigh).toBeGreaterThanOrEqual(stats.conversionRate);
    }
    // Ratios are rounded to 6 significant digits (the same bytes on every database).
    expect(verdict.costRatio / (p.costPerRegistration / s.costPerRegistration)).toBeCloseTo(1, 5);
    expect(verdict.costRatioLow).toBeLessThan(verdict.costRatio);
    const expected = verdict.costRatioLow > 1 ? 'SOCIALISATION' : verdict.costRatioHigh < 1 ? 'PROMOTION' : 'NOT_DISTINGUISHABLE';
    expect(verdict.cheaperPerRegistration).toBe(expected);
  });

  it('refuses a bad period with BAD_USER_INPUT', async () => {
    const res = await server.graphql(REACH, { from: '2024-Q9' });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
  });

  it('answers each field asked on its own as the row of every field does (only the figures asked are summed)', async () => {
    const FIELDS = [
      'activity', 'reachUnit', 'activities', 'reach', 'attendees', 'impressions', 'leads', 'registrations', 'costIdr', 'conversionRate', 'conversionLow',
      'conversionHigh', 'costPerRegistration', 'costPerRegistrationLow', 'costPerRegistrationHigh', 'registrationsPerActivity', 'source',
    ];
    const ask = async (fields: string[], variables: Record<string, unknown>) => {
      const res = await server.graphql(
        `query R($from: String, $to: String, $groupBy: ReachGroupBy, $orderBy: ReachOrder) { campaignReach(from: $from, to: $to, groupBy: $groupBy, orderBy: $orderBy) { key ${fields.join(' ')} } }`,
        variables,
      );
      expect(res.errors).toBeUndefined();
      return res.data.campaignReach as Record<string, unknown>[];
    };
    // By channel (its activity a dimension; over all data, so with the imported activity of the
    // test before, whose channel's source is MIXED), by month (rows of both types), by branch and
    // by medium (rows of one type) ordered by a figure not asked (a conversion rate needs the
    // rows' activity types).
    for (const variables of [{ groupBy: 'CHANNEL' }, { groupBy: 'MONTH', from: '2024-W11', to: '2024-W22' }, { groupBy: 'BRANCH', orderBy: 'COST_PER_REGISTRATION', from: '2024' }, { groupBy: 'MEDIUM', orderBy: 'CONVERSION_RATE', from: '2024' }]) {
      // The answer of every figure, as CSV and charts ask for it (no fields named).
      const every = (await campaignReach(server.db, variables as CampaignReachArgs)) as unknown as Record<string, unknown>[];
      expect(every.length).toBeGreaterThan(1);
      const only = (fields: string[]) => every.map((row) => Object.fromEntries(['key', ...fields].map((f) => [f, row[f]])));
      expect(await ask(FIELDS, variables)).toEqual(only(FIELDS));
      for (const field of FIELDS) expect(await ask([field], variables), `${field} ${JSON.stringify(variables)}`).toEqual(only([field]));
    }
  });
});
