// targetAttainment on imported data the demo generator never made, on SQLite and PostgreSQL:
// a stock that starts mid-year, a flat stock from March, one branch a few months behind the
// other (each has its own as-of month), a target with no data yet, and segment attainment
// against the membership trend's persons (enrolments and persons, said so).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../server/import/kinds.ts';
import { combineProjections, projectFlow, projectStock } from '../../server/domains/targets/projection.ts';
import { storeText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const YEAR = 2031;
const month = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// NGAWI reports January–October; PACITAN only January–August (two months behind).
const NGAWI_JKK_PU = range(1, 10).map((m) => 1000 + 10 * m + [0, 3, -2, 4, -5, 1, 2, -3, 0, 0][m - 1]);
const NGAWI_JKK_PU_NEW = [30, 25, 35, 30, 28, 32, 30, 29, 31, 30];
const FLAT_FROM_MARCH = range(3, 10).map(() => 1000); // NGAWI JKK BPU: starts in March, no 2030 year-end
const MID_YEAR_JHT = [500, 530, 555, 590, 620]; // NGAWI JHT PU: June–October, no 2030 year-end
const PACITAN_JKK_PU = range(1, 8).map((m) => 2000 + 10 * m + (m % 2 ? 4 : -4));
const NGAWI_PU_PERSONS = 1050; // program-less rows: persons, as the study's tables count

function membershipCsv(): string {
  const lines = ['branch,period,segment,program,active_participants,new_participants'];
  lines.push(`NGAWI,${YEAR - 1},PU,JKK,1000,`); // the previous year-end (a yearly row: December)
  lines.push(`NGAWI,${YEAR - 1}-12,PU,,1000,`);
  lines.push(`PACITAN,${YEAR - 1}-12,PU,JKK,2000,`);
  NGAWI_JKK_PU.forEach((v, i) => lines.push(`NGAWI,${month(i + 1)},PU,JKK,${v},${NGAWI_JKK_PU_NEW[i]}`));
  FLAT_FROM_MARCH.forEach((v, i) => lines.push(`NGAWI,${month(i + 3)},BPU,JKK,${v},`));
  MID_YEAR_JHT.forEach((v, i) => lines.push(`NGAWI,${month(i + 6)},PU,JHT,${v},`));
  range(1, 10).forEach((m) => lines.push(`NGAWI,${month(m)},PU,,${NGAWI_PU_PERSONS - 10 + m},`));
  PACITAN_JKK_PU.forEach((v, i) => lines.push(`PACITAN,${month(i + 1)},PU,JKK,${v},`));
  return lines.join('\n') + '\n';
}

const TARGETS_CSV = `branch,year,program,segment,target,metric,staff
NGAWI,${YEAR - 1},JKK,PU,1000,,
NGAWI,${YEAR},JKK,PU,1200,,
NGAWI,${YEAR},JKK,BPU,1100,,
NGAWI,${YEAR},JHT,PU,700,,
NGAWI,${YEAR},JKP,PU,300,,
PACITAN,${YEAR},JKK,PU,2200,,
NGAWI,${YEAR},JKK,PU,380,NEW_PARTICIPANTS,
NGAWI,${YEAR},JKK,PU,60,NEW_PARTICIPANTS,AR-1
NGAWI,${YEAR},JKK,PU,40,NEW_PARTICIPANTS,AR-2
PACITAN,${YEAR},JKK,PU,50,NEW_PARTICIPANTS,AR-3
PACITAN,${YEAR + 1},JKK,PU,2300,,
`;

// AR-1 registers every month January–October; AR-2 only in January and October (zeros between).
function campaignsCsv(): string {
  const lines = ['branch,date,activity,channel,reach,registrations,staff'];
  range(1, 10).forEach((m) => lines.push(`NGAWI,${month(m)}-10,SOCIALISATION,FACE_TO_FACE,40,${4 + (m % 3)},AR-1`));
  lines.push(`NGAWI,${month(1)}-20,SOCIALISATION,ZOOM,30,10,AR-2`, `NGAWI,${month(10)}-20,SOCIALISATION,ZOOM,30,12,AR-2`);
  return lines.join('\n') + '\n';
}

const ATTAINMENT = `query A($branch: ID, $year: Int!, $groupBy: TargetGroupBy, $metric: TargetMetric) {
  targetAttainment(branch: $branch, year: $year, groupBy: $groupBy, metric: $metric) {
    key metric unit status target realised attainmentPct gap asOf earliestAsOf branchesWithTargets reportingBranches
    projectedRealised projectedLow projectedHigh projectedAttainmentPct source
  }
}`;

const stockMonths = (from: number, values: number[]) => values.map((value, i) => ({ month: from + i, value }));

describe.each(availableDialects())('targetAttainment on imported data, %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false });
    const load = (kind: ImportKind, text: string) => storeText(server.db, kind, text);
    await load('branches', 'code,name\nNGAWI,Kantor Cabang Ngawi\nPACITAN,Kantor Cabang Pacitan\n');
    await load('membership', membershipCsv());
    await load('targets', TARGETS_CSV);
    await load('campaigns', campaignsCsv());
  });
  afterAll(() => server?.close());

  const attainment = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(ATTAINMENT, variables);
    expect(res.errors).toBeUndefined();
    return res.data.targetAttainment as any[];
  };
  const bySegment = async (branch: string) => {
    const rows = await attainment({ branch, year: YEAR, groupBy: 'SEGMENT' });
    return Object.fromEntries(rows.map((r) => [r.key, r]));
  };

  it('projects a flat stock from March to itself (not 1.200), with an interval around it', async () => {
    const [bpu] = (await attainment({ branch: 'NGAWI', year: YEAR, groupBy: 'SEGMENT' })).filter((r) => r.key === 'BPU');
    expect(bpu).toMatchObject({ status: 'IN_PROGRESS', realised: 1000, asOf: month(10), projectedRealised: 1000, unit: 'ENROLMENTS' });
    expect(bpu.projectedLow).toBeLessThanOrEqual(1000);
    expect(bpu.projectedHigh).toBeGreaterThanOrEqual(1000);
  });

  it('starts a stock with no previous year-end from its first month with data', async () => {
    const rows = await attainment({ branch: 'NGAWI', year: YEAR });
    const jht = rows.find((r) => r.key === 'JHT');
    // June 500 → October 620: 30 a month, two months to go.
    expect(jht).toMatchObject({ realised: 620, asOf: month(10), projectedRealised: 680 });
    const expected = combineProjections([projectStock(stockMonths(6, MID_YEAR_JHT), null)]);
    expect([jht.projectedLow, jht.projectedHigh]).toEqual([expected.low, expected.high]);
    expect(jht.projectedLow).toBeLessThan(680);
    expect(jht.projectedHigh).toBeGreaterThan(680);
  });

  it('gives each branch its own as-of month: a branch two months behind is projected from its own August', async () => {
    const [jkk] = (await attainment({ year: YEAR })).filter((r) => r.key === 'JKK');
    const ngawiPu = projectStock(stockMonths(1, NGAWI_JKK_PU), 1000);
    const ngawiBpu = projectStock(stockMonths(3, FLAT_FROM_MARCH), null);
    const pacitan = projectStock(stockMonths(1, PACITAN_JKK_PU), 2000);
    const expected = combineProjections([ngawiPu, ngawiBpu, pacitan]);
    expect(jkk).toMatchObject({
      status: 'IN_PROGRESS',
      asOf: month(10),
      earliestAsOf: month(8),
      branchesWithTargets: 2,
      reportingBranches: 2,
      realised: NGAWI_JKK_PU[9] + 1000 + PACITAN_JKK_PU[7],
      projectedRealised: expected.projected,
      projectedLow: expected.low,
      projectedHigh: expected.high,
    });
    // PACITAN alone: August's value plus four months at its own rate from the 2030 year-end,
    // not ten months' worth as if it had reported October.
    const [pacitanRow] = await attainment({ branch: 'PACITAN', year: YEAR });
    expect(pacitanRow.asOf).toBe(month(8));
    expect(pacitanRow.projectedRealised).toBe(Math.round(PACITAN_JKK_PU[7] + ((PACITAN_JKK_PU[7] - 2000) / 8) * 4));
    expect(pacitanRow.projectedRealised).not.toBe(Math.round(2000 + ((PACITAN_JKK_PU[7] - 2000) * 12) / 10));
  });

  it('says a target with no data yet has no data, instead of 0 %', async () => {
    const rows = await attainment({ branch: 'NGAWI', year: YEAR });
    const jkp = rows.find((r) => r.key === 'JKP');
    expect(jkp).toMatchObject({
      status: 'NO_DATA',
      target: 300,
      realised: 0,
      asOf: null,
      earliestAsOf: null,
      reportingBranches: 0,
      branchesWithTargets: 1,
      projectedRealised: null,
      projectedLow: null,
      projectedHigh: null,
    });
    // The PU segment includes JKP's key: it has data for only some of its targets, measured on
    // those (JKK and JHT), and cannot be projected without inventing JKP's year-end.
    const pu = (await bySegment('NGAWI')).PU;
    expect(pu).toMatchObject({ status: 'PARTIAL_DATA', projectedRealised: null, reportingBranches: 1 });
    expect(pu.attainmentPct).toBe(Math.round((pu.realised / (1200 + 700)) * 10000) / 100);
  });

  it('calls a year complete once every key has reported December', async () => {
    const [jkk] = await attainment({ branch: 'NGAWI', year: YEAR - 1 });
    expect(jkk).toMatchObject({ status: 'COMPLETE', realised: 1000, attainmentPct: 100, asOf: `${YEAR - 1}-12`, projectedRealised: null });
  });

  it('counts segment attainment in program enrolments, not the persons of the membership trend', async () => {
    const pu = (await bySegment('NGAWI')).PU;
    const trend = await server.graphql(
      `{ persons: membershipTrend(branch: "NGAWI", segments: [PU], from: "${YEAR}", to: "${YEAR}") { unit points { activeParticipants } }
         programs: membershipTrend(branch: "NGAWI", segments: [PU], programs: [JKK, JKM, JHT, JP, JKP], from: "${YEAR}", to: "${YEAR}") { unit points { activeParticipants } } }`,
    );
    expect(trend.errors).toBeUndefined();
    const [persons] = trend.data.persons;
    expect(persons.unit).toBe('PERSONS');
    expect(persons.points[0].activeParticipants).toBe(NGAWI_PU_PERSONS);
    expect(pu.unit).toBe('ENROLMENTS');
    expect(pu.realised).toBe(NGAWI_JKK_PU[9] + MID_YEAR_JHT[4]);
    expect(pu.realised).toBeGreaterThan(persons.points[0].activeParticipants);
    // The same enrolments as the trend's program series, summed.
    const enrolments = trend.data.programs.reduce((s: number, series: any) => s + series.points[0].activeParticipants, 0);
    expect(trend.data.programs.every((s: any) => s.unit === 'ENROLMENTS')).toBe(true);
    expect(pu.realised).toBe(enrolments);
  });

  it('projects a flow target at its mean monthly flow, with an interval', async () => {
    const [jkk] = await attainment({ branch: 'NGAWI', year: YEAR, metric: 'NEW_PARTICIPANTS' });
    const expected = combineProjections([projectFlow(stockMonths(1, NGAWI_JKK_PU_NEW))]);
    expect(jkk).toMatchObject({ unit: 'ENROLMENTS', realised: 300, projectedRealised: 360, projectedLow: expected.low, projectedHigh: expected.high });
    expect(expected.low).toBeGreaterThanOrEqual(300);
  });

  it("counts a staff member's months without activity as zeros while the branch reports, and has no data where the branch has none", async () => {
    const rows = await attainment({ year: YEAR, groupBy: 'STAFF' });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['AR-2']).toMatchObject({ unit: 'PERSONS', status: 'IN_PROGRESS', realised: 22, asOf: month(10), projectedRealised: Math.round(22 + 2.2 * 2) });
    const ar1 = range(1, 10).map((m) => 4 + (m % 3));
    expect(byKey['AR-1'].realised).toBe(ar1.reduce((a, b) => a + b, 0));
    expect(byKey['AR-3']).toMatchObject({ status: 'NO_DATA', realised: 0, attainmentPct: 0, projectedRealised: null, reportingBranches: 0 });
  });

  it('writes the unit into the CSV headers and the status into the rows', async () => {
    const api = await (await fetch(`${server.url}/api/targetAttainment.csv?branch=NGAWI&year=${YEAR}&groupBy=SEGMENT`)).text();
    const header = api.split('\n')[0];
    expect(header).toContain('realised (program enrolments)');
    expect(header).toContain('target (program enrolments)');
    expect(header).not.toContain('(persons)');
    const staff = await (await fetch(`${server.url}/api/targetAttainment.csv?year=${YEAR}&groupBy=STAFF`)).text();
    expect(staff.split('\n')[0]).toContain('realised (persons)');
    const chart = await (await fetch(`${server.url}/charts/target-attainment.csv?branch=NGAWI&year=${YEAR}&groupBy=PROGRAM&lang=en`)).text();
    const [chartHeader, ...lines] = chart.trim().split('\n');
    expect(chartHeader).toContain('realised_enrolments (program enrolments)');
    expect(chartHeader).not.toContain('persons');
    expect(lines.find((l) => l.startsWith('JKP'))).toContain('NO_DATA');
  });

  it('draws a year whose targets have no data yet as such, without claiming an as-of month', async () => {
    const [row] = await attainment({ branch: 'PACITAN', year: YEAR + 1 });
    expect(row).toMatchObject({ status: 'NO_DATA', attainmentPct: 0, asOf: null });
    const svg = await (await fetch(`${server.url}/charts/target-attainment.svg?branch=PACITAN&year=${YEAR + 1}`)).text();
    expect(svg).toContain('belum ada data');
    expect(svg).not.toContain('0,00%');
    expect(svg).not.toContain(`Desember ${YEAR + 1}`);
  });

  it("says the report's targets are program enrolments, and 'belum ada data' rather than 0 %", async () => {
    for (const [lang, unit, noData] of [['id', 'kepesertaan program', 'belum ada data'], ['en', 'program enrolments', 'no data yet']]) {
      const html = await (await fetch(`${server.url}/report?branch=NGAWI&year=${YEAR}&lang=${lang}`)).text();
      const section = /<section class="chart" data-chart="target-attainment">[\s\S]*?<\/section>/.exec(html)![0];
      expect(section).toContain(unit);
      expect(section).toContain(noData);
      // JKP (no data) is not drawn or tabled as 0 %.
      expect(section).not.toMatch(/JKP[^<]*0[,.]00\s?%/);
      const figure = /<div class="figure"><div class="label">(Capaian target|Target attainment)<\/div>[\s\S]*?<\/div><\/div>/.exec(html)![0];
      expect(figure).toContain(unit);
      expect(figure).toContain(lang === 'id' ? '1 target belum ada data' : '1 with no data yet');
    }
  });
});
