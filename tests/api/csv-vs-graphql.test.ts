// GET /api/<query>.csv answers exactly what GraphQL answers for the same arguments: same rows,
// same fields (flattened: nested objects as dotted paths, series × points), units in headers.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const STATS = 'activities reach registrations costIdr conversionRate conversionLow conversionHigh costPerRegistration registrationsPerActivity';
const COMPARISON = 'outcome reason ratio low high degreesOfFreedom socialisationActivities promotionActivities';

const CASES: { query: string; url: string; gql: string; variables: Record<string, unknown>; rows: (data: any) => Record<string, unknown>[] }[] = [
  {
    query: 'branches',
    url: '',
    gql: '{ branches { code name region regionCode source } }',
    variables: {},
    rows: (d) => d.branches,
  },
  {
    query: 'membershipTrend',
    url: 'branch=MADIUN&segments=PU,BPU&from=2016&to=2020',
    gql: `query($b: ID, $s: [Segment!], $f: String, $t: String) { membershipTrend(branch: $b, segments: $s, from: $f, to: $t) {
      segment program unit points { period activeParticipants change changePct changeUnavailable newParticipants lapsedParticipants flowsIncomplete reportingBranches asOf source flowSource } } }`,
    variables: { b: 'MADIUN', s: ['PU', 'BPU'], f: '2016', t: '2020' },
    rows: (d) => d.membershipTrend.flatMap((s: any) => s.points.map((p: any) => ({ segment: s.segment, program: s.program, unit: s.unit, ...prefix('points', p) }))),
  },
  {
    query: 'membershipTrend',
    url: 'branch=KEDIRI&programs=JHT,JP&from=2024-01&to=2024-06&granularity=QUARTER',
    gql: `query { membershipTrend(branch: "KEDIRI", programs: [JHT, JP], from: "2024-01", to: "2024-06", granularity: QUARTER) {
      segment program unit points { period activeParticipants change changePct changeUnavailable newParticipants lapsedParticipants flowsIncomplete reportingBranches asOf source flowSource } } }`,
    variables: {},
    rows: (d) => d.membershipTrend.flatMap((s: any) => s.points.map((p: any) => ({ segment: s.segment, program: s.program, unit: s.unit, ...prefix('points', p) }))),
  },
  {
    query: 'campaignReach',
    url: 'branch=MADIUN&from=2020&to=2020&activity=PROMOTION&groupBy=CHANNEL',
    gql: `{ campaignReach(branch: "MADIUN", from: "2020", to: "2020", activity: PROMOTION, groupBy: CHANNEL) {
      key activity reachUnit activities reach attendees impressions leads registrations costIdr conversionRate conversionLow conversionHigh
      costPerRegistration costPerRegistrationLow costPerRegistrationHigh registrationsPerActivity source } }`,
    variables: {},
    rows: (d) => d.campaignReach,
  },
  {
    query: 'campaignReach',
    url: 'from=2024-Q1&to=2024-Q4&groupBy=MONTH',
    gql: `{ campaignReach(from: "2024-Q1", to: "2024-Q4", groupBy: MONTH) {
      key activity reachUnit activities reach attendees impressions leads registrations costIdr conversionRate conversionLow conversionHigh
      costPerRegistration costPerRegistrationLow costPerRegistrationHigh registrationsPerActivity source } }`,
    variables: {},
    rows: (d) => d.campaignReach,
  },
  {
    query: 'targetAttainment',
    url: 'branch=KEDIRI&year=2025&groupBy=SEGMENT',
    gql: `{ targetAttainment(branch: "KEDIRI", year: 2025, groupBy: SEGMENT) {
      key label metric unit status target targetWithData targetWithoutData keysWithTargets keysWithData realised attainmentPct gap
      asOf earliestAsOf branchesWithTargets reportingBranches projectedRealised projectedLow projectedHigh projectedAttainmentPct source } }`,
    variables: {},
    rows: (d) => d.targetAttainment,
  },
  {
    query: 'effectiveness',
    url: 'branch=MADIUN&from=2016&to=2020',
    gql: `{ effectiveness(branch: "MADIUN", from: "2016", to: "2020") {
      socialisation { ${STATS} } promotion { ${STATS} }
      verdict { cheaperPerRegistration moreRegistrationsPerActivity costRatio costRatioLow costRatioHigh minimumActivities
        costPerRegistration { ${COMPARISON} } registrationsPerActivity { ${COMPARISON} } } } }`,
    variables: {},
    rows: (d) => [{ ...prefix('socialisation', d.effectiveness.socialisation), ...prefix('promotion', d.effectiveness.promotion), ...prefix('verdict', d.effectiveness.verdict) }],
  },
];

function prefix(name: string, object: Record<string, unknown>): Record<string, unknown> {
  // Nested objects (the verdict's comparisons) flatten to dotted paths, as the CSV does.
  return Object.fromEntries(
    Object.entries(object).flatMap(([k, v]) => (v && typeof v === 'object' ? Object.entries(prefix(`${name}.${k}`, v as Record<string, unknown>)) : [[`${name}.${k}`, v]])),
  );
}

const stripUnit = (header: string) => header.replace(/ \([^)]*\)$/, '');

describe.each(availableDialects())('CSV downloads on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  it.each(CASES.map((c) => [`${c.query}?${c.url}`, c] as const))('%s equals the GraphQL answer', async (_name, c) => {
    const res = await fetch(`${server.url}/api/${c.query}.csv${c.url ? `?${c.url}` : ''}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="pantau-${c.query}[^"]*\\.csv"$`));
    const text = await res.text();
    const [header, ...records] = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data;
    const answer = await server.graphql(c.gql, c.variables);
    expect(answer.errors).toBeUndefined();
    const expected = c.rows(answer.data);
    expect(expected.length).toBeGreaterThan(0);
    // Same columns as the GraphQL fields, in schema order.
    expect(header.map(stripUnit).sort()).toEqual(Object.keys(expected[0]).sort());
    expect(records.length).toBe(expected.length);
    records.forEach((record, i) => {
      header.forEach((h, j) => {
        const want = expected[i][stripUnit(h)];
        const cell = record[j];
        if (want === null) expect(cell, `${h} row ${i}`).toBe('');
        else if (typeof want === 'number') expect(Number(cell), `${h} row ${i}`).toBe(want);
        else expect(cell, `${h} row ${i}`).toBe(String(want));
      });
    });
  });

  it('puts units in the headers', async () => {
    const text = await (await fetch(`${server.url}/api/campaignReach.csv?branch=MADIUN`)).text();
    const header = text.split('\n')[0];
    expect(header).toContain('costIdr (IDR)');
    expect(header).toContain('conversionRate (%)');
    expect(header).toContain('registrations (persons)');
    const m = await (await fetch(`${server.url}/api/membershipTrend.csv?branch=MADIUN`)).text();
    expect(m.split('\n')[0]).toContain('points.activeParticipants (persons)');
  });

  it('refuses bad arguments as GraphQL does, naming them', async () => {
    const res = await fetch(`${server.url}/api/targetAttainment.csv?branch=MADIUN`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/^year:/);
    const from = await fetch(`${server.url}/api/effectiveness.csv?from=2021&to=2019`);
    expect(from.status).toBe(400);
    expect(await from.text()).toMatch(/^from:/);
  });
});
