// targetAttainment on imported data where a row's targets are only partly covered by data, on
// SQLite and PostgreSQL: a segment whose JHT key has no data, all branches' JHT with one branch
// of five reporting, and a flow target with a single month (no projection from one month).
// A key without data is never counted as 0: the row says PARTIAL_DATA, how many of its keys
// have data, and its attainment is over those keys only, the rest of the target given apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../server/import/kinds.ts';
import { combineProjections, projectFlow, projectStock } from '../../server/domains/targets/projection.ts';
import { storeText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const YEAR = 2026;
const month = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const months = (from: number, values: number[]) => values.map((value, i) => ({ month: from + i, value }));

// GAPS reports January–October for JKK (PU, BPU) and JKM (PU); JHT PU and JKM PMI have targets
// but no data at all. SEPI is the only one of five branches with a JHT target that reports it.
const GAPS_JKK_PU = range(1, 10).map((m) => 10000 + 100 * m + (m % 2 ? 7 : -7));
const GAPS_JKM_PU = range(1, 10).map((m) => 10000 + 80 * m + (m % 3) * 5);
const GAPS_JKK_BPU = range(1, 10).map((m) => 1500 + 20 * m);
const SEPI_JHT_PU = range(1, 10).map((m) => 3000 + 25 * m + (m % 2 ? 3 : -3));
// New participants: GAPS JKK PU in September and October (two months: a spread), ONEM only October.
const GAPS_NEW = [30, 50];
const ONEM_NEW = 40;

const BRANCHES = ['GAPS', 'ONEM', 'SEPI', 'SUNYI', 'DIAM'];

function membershipCsv(): string {
  const lines = ['branch,period,segment,program,active_participants,new_participants'];
  for (const [branch, segment, program, values] of [
    ['GAPS', 'PU', 'JKK', GAPS_JKK_PU],
    ['GAPS', 'PU', 'JKM', GAPS_JKM_PU],
    ['GAPS', 'BPU', 'JKK', GAPS_JKK_BPU],
    ['SEPI', 'PU', 'JHT', SEPI_JHT_PU],
  ] as const) {
    values.forEach((v, i) => {
      const m = i + 1;
      const flow = branch === 'GAPS' && segment === 'PU' && program === 'JKK' && m >= 9 ? GAPS_NEW[m - 9] : '';
      lines.push(`${branch},${month(m)},${segment},${program},${v},${flow}`);
    });
  }
  lines.push(`ONEM,${month(10)},PU,JKK,500,${ONEM_NEW}`);
  return lines.join('\n') + '\n';
}

const TARGETS = [
  ['GAPS', 'JKK', 'PU', 12000],
  ['GAPS', 'JKM', 'PU', 12000],
  ['GAPS', 'JHT', 'PU', 12000],
  ['GAPS', 'JKK', 'BPU', 2000],
  ['GAPS', 'JKM', 'PMI', 1000],
  ...['ONEM', 'SEPI', 'SUNYI', 'DIAM'].map((b) => [b, 'JHT', 'PU', 4000] as const),
] as const;
const TARGETS_CSV = [
  'branch,year,program,segment,target,metric,staff',
  ...TARGETS.map(([b, p, s, t]) => `${b},${YEAR},${p},${s},${t},,`),
  `GAPS,${YEAR},JKK,PU,480,NEW_PARTICIPANTS,`,
  `ONEM,${YEAR},JKK,PU,480,NEW_PARTICIPANTS,`,
  `ONEM,${YEAR},JKK,PU,30,NEW_PARTICIPANTS,AR-9`,
].join('\n');

// ONEM's only activity is in October: one month of a staff member's registrations.
const CAMPAIGNS_CSV = `branch,date,activity,channel,reach,registrations,staff\nONEM,${month(10)}-12,SOCIALISATION,FACE_TO_FACE,40,5,AR-9\n`;

const ATTAINMENT = `query A($branch: ID, $year: Int!, $groupBy: TargetGroupBy, $metric: TargetMetric) {
  targetAttainment(branch: $branch, year: $year, groupBy: $groupBy, metric: $metric) {
    key metric unit status target targetWithData targetWithoutData keysWithTargets keysWithData realised attainmentPct gap
    asOf earliestAsOf branchesWithTargets reportingBranches projectedRealised projectedLow projectedHigh projectedAttainmentPct source
  }
}`;

const round2 = (v: number) => Math.round(v * 100) / 100;

describe.each(availableDialects())('targetAttainment with targets only partly covered by data, %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false });
    const load = (kind: ImportKind, text: string) => storeText(server.db, kind, text);
    await load('branches', `code,name\n${BRANCHES.map((b) => `${b},Kantor Cabang ${b[0]}${b.slice(1).toLowerCase()}`).join('\n')}\n`);
    await load('membership', membershipCsv());
    await load('targets', TARGETS_CSV);
    await load('campaigns', CAMPAIGNS_CSV);
  });
  afterAll(() => server?.close());

  const attainment = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(ATTAINMENT, variables);
    expect(res.errors).toBeUndefined();
    return Object.fromEntries((res.data.targetAttainment as any[]).map((r) => [r.key, r]));
  };

  it('says a segment whose JHT key has no data is PARTIAL_DATA, with its attainment over the keys with data', async () => {
    const rows = await attainment({ branch: 'GAPS', year: YEAR, groupBy: 'SEGMENT' });
    const realised = GAPS_JKK_PU[9] + GAPS_JKM_PU[9];
    expect(rows.PU).toMatchObject({
      status: 'PARTIAL_DATA',
      target: 36000,
      targetWithData: 24000,
      targetWithoutData: 12000,
      keysWithTargets: 3,
      keysWithData: 2,
      realised,
      attainmentPct: round2((realised / 24000) * 100),
      gap: 24000 - realised,
      asOf: month(10),
      reportingBranches: 1,
      branchesWithTargets: 1,
      // JHT's year-end cannot be projected without inventing it.
      projectedRealised: null,
      projectedLow: null,
      projectedHigh: null,
      projectedAttainmentPct: null,
    });
    // Not the old 60 %: JHT's missing data is not a zero.
    expect(rows.PU.attainmentPct).not.toBe(round2((realised / 36000) * 100));
    expect(rows.PU.attainmentPct).toBeGreaterThan(85);
    // Fully covered and not covered at all, for contrast.
    expect(rows.BPU).toMatchObject({ status: 'IN_PROGRESS', target: 2000, targetWithData: 2000, targetWithoutData: 0, keysWithTargets: 1, keysWithData: 1 });
    expect(rows.BPU.projectedRealised).not.toBeNull();
    expect(rows.PMI).toMatchObject({ status: 'NO_DATA', target: 1000, targetWithData: 0, targetWithoutData: 1000, keysWithData: 0, realised: 0, attainmentPct: 0 });
  });

  it('says a program reported by one branch of five is PARTIAL_DATA, measured on that branch', async () => {
    const { JHT } = await attainment({ year: YEAR, groupBy: 'PROGRAM' });
    expect(JHT).toMatchObject({
      status: 'PARTIAL_DATA',
      target: 12000 + 4 * 4000,
      targetWithData: 4000,
      targetWithoutData: 12000 + 3 * 4000,
      keysWithTargets: 5,
      keysWithData: 1,
      branchesWithTargets: 5,
      reportingBranches: 1,
      realised: SEPI_JHT_PU[9],
      attainmentPct: round2((SEPI_JHT_PU[9] / 4000) * 100),
      projectedRealised: null,
    });
    // One branch's own attainment, not a fifth of it.
    const sepi = await attainment({ branch: 'SEPI', year: YEAR, groupBy: 'PROGRAM' });
    expect(sepi.JHT).toMatchObject({ status: 'IN_PROGRESS', keysWithData: 1, keysWithTargets: 1, attainmentPct: JHT.attainmentPct });
    // A program with a segment without data in one branch: JKM (PU reports, PMI does not).
    const gaps = await attainment({ branch: 'GAPS', year: YEAR, groupBy: 'PROGRAM' });
    expect(gaps.JKM).toMatchObject({ status: 'PARTIAL_DATA', target: 13000, targetWithData: 12000, targetWithoutData: 1000, realised: GAPS_JKM_PU[9] });
    expect(gaps.JKK).toMatchObject({ status: 'IN_PROGRESS', target: 14000, targetWithData: 14000, targetWithoutData: 0, keysWithTargets: 2, keysWithData: 2 });
    expect(gaps.JHT).toMatchObject({ status: 'NO_DATA', targetWithoutData: 12000 });
  });

  it('makes no flow projection from a single month (40 in October is not 480), but does from two', async () => {
    const onem = await attainment({ branch: 'ONEM', year: YEAR, metric: 'NEW_PARTICIPANTS' });
    expect(onem.JKK).toMatchObject({
      status: 'IN_PROGRESS',
      realised: ONEM_NEW,
      asOf: month(10),
      projectedRealised: null,
      projectedLow: null,
      projectedHigh: null,
      projectedAttainmentPct: null,
    });
    const gaps = await attainment({ branch: 'GAPS', year: YEAR, metric: 'NEW_PARTICIPANTS' });
    const expected = combineProjections([projectFlow(months(9, GAPS_NEW))]);
    expect(gaps.JKK).toMatchObject({ realised: 80, projectedRealised: 480, projectedLow: expected.low, projectedHigh: expected.high });
    expect(expected.low).not.toBeNull();
    expect(expected.high).not.toBeNull();
    // All branches: ONEM's single month makes the row unprojectable rather than invented.
    const all = await attainment({ year: YEAR, metric: 'NEW_PARTICIPANTS' });
    expect(all.JKK).toMatchObject({ status: 'IN_PROGRESS', realised: 80 + ONEM_NEW, keysWithData: 2, projectedRealised: null });
  });

  it("has no projection for a staff member whose branch ran activities in one month only", async () => {
    const staff = await attainment({ year: YEAR, groupBy: 'STAFF' });
    expect(staff['AR-9']).toMatchObject({ unit: 'PERSONS', status: 'IN_PROGRESS', realised: 5, asOf: month(10), projectedRealised: null, keysWithData: 1 });
  });

  it('projects a fully covered stock row as before', async () => {
    const { BPU } = await attainment({ branch: 'GAPS', year: YEAR, groupBy: 'SEGMENT' });
    const expected = combineProjections([projectStock(months(1, GAPS_JKK_BPU), null)]);
    expect([BPU.projectedRealised, BPU.projectedLow, BPU.projectedHigh]).toEqual([expected.projected, expected.low, expected.high]);
  });

  it('writes the new status and counts into the API CSV, and "data belum lengkap" into the chart CSV', async () => {
    const api = await (await fetch(`${server.url}/api/targetAttainment.csv?branch=GAPS&year=${YEAR}&groupBy=SEGMENT`)).text();
    const [header, ...lines] = api.trim().split('\n');
    expect(header).toContain('targetWithData (program enrolments)');
    expect(header).toContain('targetWithoutData (program enrolments)');
    expect(header).toContain('keysWithData (targets)');
    expect(lines.find((l) => l.startsWith('PU'))).toContain('PARTIAL_DATA');
    for (const [lang, text] of [['id', 'data belum lengkap: 2 dari 3 target ada datanya, target 12.000 belum ada data'], ['en', 'incomplete data: 2 of 3 targets have data, 12,000 of the target has none yet']]) {
      const chart = await (await fetch(`${server.url}/charts/target-attainment.csv?branch=GAPS&year=${YEAR}&groupBy=SEGMENT&lang=${lang}`)).text();
      const [chartHeader, ...rows] = chart.trim().split('\n');
      // lang=id is the file for Indonesian Excel: Indonesian headers, `;` (tests/api/csv-indonesian.test.ts).
      expect(chartHeader).toContain(lang === 'id' ? 'Target tanpa data (kepesertaan program)' : 'target_without_data_enrolments (program enrolments)');
      const pu = rows.find((l) => l.startsWith('PU'))!;
      expect(pu).toContain('PARTIAL_DATA');
      expect(pu).toContain(text);
    }
  });

  it('draws a partial row as "data belum lengkap" with the attainment over the keys with data, never the diluted one', async () => {
    const { PU } = await attainment({ branch: 'GAPS', year: YEAR, groupBy: 'SEGMENT' });
    const diluted = round2((PU.realised / 36000) * 100);
    for (const [lang, word, fmt] of [['id', 'data belum lengkap', (v: number) => v.toFixed(2).replace('.', ',')], ['en', 'incomplete data', (v: number) => v.toFixed(2)]] as const) {
      const svg = await (await fetch(`${server.url}/charts/target-attainment.svg?branch=GAPS&year=${YEAR}&groupBy=SEGMENT&lang=${lang}&width=900`)).text();
      expect(svg).toContain(`${word}: ${fmt(PU.attainmentPct)}%`);
      expect(svg).not.toContain(`${fmt(diluted)}%`);
    }
  });

  it('says so in the report: the key figure counts the covered part and the chart section says "data belum lengkap"', async () => {
    for (const [lang, word, note] of [
      ['id', 'data belum lengkap', 'data belum lengkap: 1 target baru sebagian ada datanya'],
      ['en', 'incomplete data', 'incomplete data: 1 with data for only part of the target'],
    ]) {
      const html = await (await fetch(`${server.url}/report?branch=GAPS&year=${YEAR}&lang=${lang}`)).text();
      const section = /<section class="chart" data-chart="target-attainment">[\s\S]*?<\/section>/.exec(html)![0];
      expect(section).toContain(word);
      const figure = /<div class="figure"><div class="label">(Capaian target|Target attainment)<\/div>[\s\S]*?<\/div><\/div>/.exec(html)![0];
      expect(figure).toContain(note);
      expect(figure).toContain(lang === 'id' ? '1 target belum ada data' : '1 with no data yet');
      // JKK (14.000) and JKM's covered 12.000; JHT (no data) and JKM PMI (no data) left out.
      const realised = GAPS_JKK_PU[9] + GAPS_JKK_BPU[9] + GAPS_JKM_PU[9];
      const pct = ((realised / 26000) * 100).toFixed(1);
      expect(figure).toContain(lang === 'id' ? pct.replace('.', ',') : pct);
    }
  });
});
