// effectiveness and campaignReach on imported campaigns, on SQLite and PostgreSQL: two
// activities a side give no verdict and say why, free socialisation is cheaper (decided), a real
// difference is found, YOUTUBE is a row per activity type, mixed groups have no conversion rate,
// and both databases answer byte for byte the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const AUTH = { authorization: 'Bearer effectiveness-token' };
const IMPORT = `mutation Import($kind: ImportKind!, $fileName: String!, $content: String!) {
  importData(kind: $kind, fileName: $fileName, content: $content) { outcome rejectedRows problems { line column reason } }
}`;
const COMPARISON = 'outcome reason ratio low high degreesOfFreedom socialisationActivities promotionActivities';
const STATS = 'activities reach registrations costIdr conversionRate conversionLow conversionHigh costPerRegistration registrationsPerActivity';
const EFFECTIVENESS = `query E($branch: ID, $from: String, $to: String) {
  effectiveness(branch: $branch, from: $from, to: $to) {
    socialisation { ${STATS} }
    promotion { ${STATS} }
    verdict {
      cheaperPerRegistration moreRegistrationsPerActivity costRatio costRatioLow costRatioHigh minimumActivities
      costPerRegistration { ${COMPARISON} }
      registrationsPerActivity { ${COMPARISON} }
    }
  }
}`;
const REACH = `query R($branch: ID, $groupBy: ReachGroupBy, $orderBy: ReachOrder) {
  campaignReach(branch: $branch, from: "2024", to: "2024", groupBy: $groupBy, orderBy: $orderBy) {
    key activity reachUnit activities reach attendees impressions registrations costIdr conversionRate conversionLow conversionHigh
    costPerRegistration costPerRegistrationLow costPerRegistrationHigh registrationsPerActivity source
  }
}`;

type Row = [branch: string, date: string, activity: string, channel: string, reach: number, registrations: number, cost: number];

/** n activities of one type over 2024, registrations cycling through `pattern`. */
function activities(branch: string, activity: string, channels: string[], n: number, pattern: number[], cost: (i: number) => number, reachPer: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String(Math.floor(i / 12) + 1).padStart(2, '0');
    const registrations = pattern[i % pattern.length];
    return [branch, `2024-${month}-${day}`, activity, channels[i % channels.length], registrations * 3 + reachPer, registrations, cost(i)];
  });
}

const ROWS: Row[] = [
  // DUA: two activities a side.
  ...activities('DUA', 'SOCIALISATION', ['FACE_TO_FACE'], 2, [12, 20], () => 1_000_000, 30),
  ...activities('DUA', 'PROMOTION', ['BROCHURE'], 2, [1, 3], () => 2_000_000, 2_000),
  // GRATIS: socialisation for Rp0 with registrations, promotion paid.
  ...activities('GRATIS', 'SOCIALISATION', ['FACE_TO_FACE', 'YOUTUBE'], 12, [3, 0, 7, 2, 5], () => 0, 40),
  ...activities('GRATIS', 'PROMOTION', ['YOUTUBE', 'INSTAGRAM'], 12, [4, 9, 1, 6], (i) => 1_000_000 + 250_000 * (i % 5), 20_000),
  // BEDA: socialisation brings about four times the registrations at a third of the cost.
  ...activities('BEDA', 'SOCIALISATION', ['FACE_TO_FACE', 'ZOOM'], 24, [14, 22, 9, 30, 17, 11], (i) => 800_000 + 100_000 * (i % 4), 60),
  ...activities('BEDA', 'PROMOTION', ['FACEBOOK', 'RADIO', 'YOUTUBE'], 24, [2, 6, 0, 4, 9, 3], (i) => 2_500_000 + 500_000 * (i % 3), 30_000),
  // NOL: promotion paid for twelve placements and brought nobody.
  ...activities('NOL', 'SOCIALISATION', ['FACE_TO_FACE'], 12, [6, 11, 4, 9], () => 750_000, 40),
  ...activities('NOL', 'PROMOTION', ['BANNER', 'SPANDUK'], 12, [0], () => 1_500_000, 8_000),
];

const CAMPAIGNS_CSV =
  'branch,date,activity,channel,name,reach,registrations,cost_idr\n' +
  ROWS.map(([b, d, a, c, r, y, cost], i) => `${b},${d},${a},${c},Kegiatan ${i},${r},${y},${cost}`).join('\n') +
  '\n';
const BRANCHES_CSV = 'code,name\nDUA,Cabang Dua\nGRATIS,Cabang Gratis\nBEDA,Cabang Beda\nNOL,Cabang Nol\n';

async function importCampaigns(server: TestServer) {
  for (const [kind, content] of [['branches', BRANCHES_CSV], ['campaigns', CAMPAIGNS_CSV]]) {
    const res = await server.graphql(IMPORT, { kind, fileName: `${kind}.csv`, content }, AUTH);
    expect(res.errors).toBeUndefined();
    expect(res.data.importData).toMatchObject({ outcome: 'STORED', rejectedRows: 0 });
  }
}

describe.each(availableDialects())('effectiveness on imported campaigns, %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false, env: { ADMIN_TOKEN: 'effectiveness-token' } });
    await importCampaigns(server);
  });
  afterAll(() => server?.close());

  const effectiveness = async (branch: string) => {
    const res = await server.graphql(EFFECTIVENESS, { branch, from: '2024', to: '2024' });
    expect(res.errors).toBeUndefined();
    return res.data.effectiveness;
  };

  it('gives no verdict on two activities a side, and says why with the counts', async () => {
    const { verdict } = await effectiveness('DUA');
    expect(verdict).toMatchObject({ cheaperPerRegistration: 'INSUFFICIENT_DATA', moreRegistrationsPerActivity: 'INSUFFICIENT_DATA', minimumActivities: 10 });
    for (const comparison of [verdict.costPerRegistration, verdict.registrationsPerActivity]) {
      expect(comparison).toMatchObject({ outcome: 'INSUFFICIENT_DATA', reason: 'TOO_FEW_ACTIVITIES', socialisationActivities: 2, promotionActivities: 2, low: null, high: null });
    }
    // The ratio itself is still shown: (4 000 000 / 4) / (2 000 000 / 32) = 16.
    expect(verdict.costRatio).toBe(16);
  });

  it('decides that free socialisation is cheaper', async () => {
    const { socialisation, verdict } = await effectiveness('GRATIS');
    expect(socialisation).toMatchObject({ costIdr: 0, costPerRegistration: 0 });
    expect(verdict.costPerRegistration).toMatchObject({ outcome: 'SOCIALISATION', reason: 'ONE_SIDE_FREE', socialisationActivities: 12, promotionActivities: 12 });
    expect(verdict.cheaperPerRegistration).toBe('SOCIALISATION');
    expect(verdict.registrationsPerActivity.outcome).not.toBe('INSUFFICIENT_DATA');
  });

  it('finds a real difference, with intervals on the right side of 1', async () => {
    const { socialisation, promotion, verdict } = await effectiveness('BEDA');
    expect(verdict.costPerRegistration).toMatchObject({ outcome: 'SOCIALISATION', reason: 'INTERVAL_EXCLUDES_ONE' });
    expect(verdict.registrationsPerActivity).toMatchObject({ outcome: 'SOCIALISATION', reason: 'INTERVAL_EXCLUDES_ONE' });
    expect(verdict.costRatioLow).toBeGreaterThan(1);
    expect(verdict.registrationsPerActivity.low).toBeGreaterThan(1);
    expect(verdict.costRatio / (promotion.costPerRegistration / socialisation.costPerRegistration)).toBeCloseTo(1, 5);
    // Conversion intervals with the activity as cluster contain the rate.
    for (const s of [socialisation, promotion]) {
      expect(s.conversionLow).toBeLessThan(s.conversionRate);
      expect(s.conversionHigh).toBeGreaterThan(s.conversionRate);
    }
  });

  it('compares a side without registrations instead of saying there are no data', async () => {
    const { promotion, verdict } = await effectiveness('NOL');
    expect(promotion).toMatchObject({ activities: 12, registrations: 0, costPerRegistration: null, conversionLow: 0 });
    expect(promotion.conversionHigh).toBeGreaterThan(0);
    expect(verdict.registrationsPerActivity).toMatchObject({ outcome: 'SOCIALISATION', reason: 'ONE_SIDE_NO_REGISTRATIONS', ratio: null, socialisationActivities: 12, promotionActivities: 12 });
    expect(verdict.registrationsPerActivity.low).toBeGreaterThan(1);
    expect(verdict.costPerRegistration).toMatchObject({ outcome: 'SOCIALISATION', reason: 'ONE_SIDE_NO_REGISTRATIONS' });
  });

  it('gives every channel row one activity type, YOUTUBE twice', async () => {
    const res = await server.graphql(REACH, { branch: 'GRATIS', groupBy: 'CHANNEL', orderBy: 'KEY' });
    const rows = res.data.campaignReach;
    expect(rows.map((r: any) => `${r.key}/${r.activity}`)).toEqual(['FACE_TO_FACE/SOCIALISATION', 'INSTAGRAM/PROMOTION', 'YOUTUBE/SOCIALISATION', 'YOUTUBE/PROMOTION']);
    for (const r of rows) {
      expect(r.reachUnit).toBe(r.activity === 'SOCIALISATION' ? 'ATTENDEES' : 'IMPRESSIONS');
      expect(r.attendees + r.impressions).toBe(r.reach);
      expect(r.conversionRate).not.toBeNull();
    }
  });

  it('gives mixed groups no conversion rate and splits their reach', async () => {
    const res = await server.graphql(REACH, { branch: 'BEDA', groupBy: 'YEAR' });
    const [year] = res.data.campaignReach;
    expect(year).toMatchObject({ key: '2024', activity: null, reachUnit: 'MIXED', conversionRate: null, conversionLow: null, conversionHigh: null });
    expect(year.attendees).toBeGreaterThan(0);
    expect(year.impressions).toBeGreaterThan(year.attendees);
    expect(year.attendees + year.impressions).toBe(year.reach);
  });

  it('keeps attendees and impressions apart in the report headline and the CSV downloads', async () => {
    const html = await (await fetch(`${server.url}/report?branch=BEDA&year=2024&lang=id`)).text();
    const res = await server.graphql(REACH, { branch: 'BEDA', groupBy: 'YEAR' });
    const [year] = res.data.campaignReach;
    const id = (n: number) => n.toLocaleString('de-DE');
    expect(html).toContain(`${id(year.attendees)} peserta · ${id(year.impressions)} tayangan`);
    expect(html).not.toContain(id(year.reach));
    const csv = await (await fetch(`${server.url}/api/campaignReach.csv?branch=BEDA&from=2024&to=2024&groupBy=YEAR`)).text();
    expect(csv.split('\n')[0]).toContain('attendees (persons),impressions (impressions)');
    expect(csv).toContain(',MIXED,');
    const chartCsv = await (await fetch(`${server.url}/charts/campaign-reach.csv?branch=BEDA&from=2024&to=2024&lang=en`)).text();
    expect(chartCsv.split('\n')[0]).toContain('cost_per_registration_low');
    expect(chartCsv).toContain('YOUTUBE,PROMOTION');
  });

  it('ranks channels by cost per registration with intervals around each', async () => {
    const res = await server.graphql(REACH, { branch: 'BEDA', groupBy: 'CHANNEL', orderBy: 'COST_PER_REGISTRATION' });
    const rows = res.data.campaignReach;
    for (const r of rows) {
      expect(r.costPerRegistrationLow).toBeLessThan(r.costPerRegistration);
      expect(r.costPerRegistrationHigh).toBeGreaterThan(r.costPerRegistration);
    }
    // Face to face and Zoom (socialisation) are cheaper than every promotion channel, and the
    // intervals show it: the dearest socialisation upper bound lies below the cheapest promotion lower bound.
    const soc = rows.filter((r: any) => r.activity === 'SOCIALISATION');
    const pro = rows.filter((r: any) => r.activity === 'PROMOTION');
    expect(Math.max(...soc.map((r: any) => r.costPerRegistrationHigh))).toBeLessThan(Math.min(...pro.map((r: any) => r.costPerRegistrationLow)));
  });

  it('gives the same figures whether or not the intervals are asked for, and the intervals wherever a fragment asks for them', async () => {
    const FIGURES = 'key activity reachUnit activities reach attendees impressions registrations costIdr conversionRate costPerRegistration registrationsPerActivity source';
    const asked = (fields: string, fragments = '') =>
      server.graphql(`query R($branch: ID, $groupBy: ReachGroupBy) { campaignReach(branch: $branch, from: "2024", to: "2024", groupBy: $groupBy) { ${fields} } } ${fragments}`, {
        branch: 'BEDA',
        groupBy: 'CHANNEL',
      });
    const [plain, withIntervals, throughFragment] = await Promise.all([
      asked(FIGURES),
      asked(`${FIGURES} conversionLow conversionHigh costPerRegistrationLow costPerRegistrationHigh`),
      asked(`${FIGURES} ...Spread`, 'fragment Spread on ReachRow { ... on ReachRow { costPerRegistrationHigh } }'),
    ]);
    expect(plain.errors).toBeUndefined();
    const figures = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(FIGURES.split(' ').map((f) => [f, r[f]])));
    expect(figures(withIntervals.data.campaignReach)).toEqual(figures(plain.data.campaignReach));
    expect(figures(throughFragment.data.campaignReach)).toEqual(figures(plain.data.campaignReach));
    for (const r of withIntervals.data.campaignReach) expect(r.costPerRegistrationHigh).toBeGreaterThan(r.costPerRegistration);
    expect(throughFragment.data.campaignReach.map((r: any) => r.costPerRegistrationHigh)).toEqual(withIntervals.data.campaignReach.map((r: any) => r.costPerRegistrationHigh));
  });
});

describe.runIf(availableDialects().length > 1)('effectiveness answers are the same bytes on SQLite and PostgreSQL', () => {
  it('for every imported branch and grouping', async () => {
    const fresh = await Promise.all(['sqlite', 'postgresql'].map((d) => startTestServer(d as 'sqlite', { seed: false, env: { ADMIN_TOKEN: 'effectiveness-token' } })));
    try {
      for (const s of fresh) await importCampaigns(s);
      for (const branch of ['DUA', 'GRATIS', 'BEDA', 'NOL']) {
        const answers = await Promise.all(fresh.map((s) => s.graphql(EFFECTIVENESS, { branch, from: '2024', to: '2024' })));
        expect(JSON.stringify(answers[1])).toBe(JSON.stringify(answers[0]));
        for (const groupBy of ['CHANNEL', 'YEAR', 'MONTH', 'ACTIVITY']) {
          const reach = await Promise.all(fresh.map((s) => s.graphql(REACH, { branch, groupBy })));
          expect(JSON.stringify(reach[1])).toBe(JSON.stringify(reach[0]));
        }
      }
    } finally {
      await Promise.all(fresh.map((s) => s.close()));
    }
  });
});
