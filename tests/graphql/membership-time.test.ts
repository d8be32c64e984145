// membershipTrend over imported data this project did not generate, on SQLite and PostgreSQL:
// a change always compares with the previous period (also before `from`), never across a gap
// or across a change in how many branches report; flows explain the change; units and sources
// are said per figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../import/helpers.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const TREND = `query Trend($branch: ID, $segments: [Segment!] = [PU], $programs: [Program!], $from: String, $to: String, $granularity: Granularity) {
  membershipTrend(branch: $branch, segments: $segments, programs: $programs, from: $from, to: $to, granularity: $granularity) {
    segment program unit
    points { period activeParticipants change changePct changeUnavailable newParticipants lapsedParticipants flowsIncomplete reportingBranches asOf source flowSource }
  }
}`;

/** Monthly rows of one branch whose stock follows its flows: active = previous + new − lapsed. */
function monthlyRows(branch: string, first: string, months: number, start: number, skip: string[] = [], segment = 'PU', withoutFlows: string[] = []): string[] {
  const rows: string[] = [];
  let [year, month] = first.split('-').map(Number);
  let active = start;
  for (let i = 0; i < months; i++) {
    const fresh = 40 + ((i * 7) % 23);
    const lapsed = 25 + ((i * 5) % 17);
    active += fresh - lapsed;
    const period = `${year}-${String(month).padStart(2, '0')}`;
    const flows = withoutFlows.includes(period) ? ',' : `${fresh},${lapsed}`;
    if (!skip.includes(period)) {
      rows.push(`${branch},${period},${segment},,${active},${flows}`);
      rows.push(`${branch},${period},${segment},JKK,${active},${flows}`);
    }
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return rows;
}

describe.each(availableDialects())('membershipTrend over time on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: false });
    const branches = await importText(server.db, 'branches', 'code,name\nALFA,Kantor Cabang Alfa\nBETA,Kantor Cabang Beta\nGAMA,Kantor Cabang Gama\nDELTA,Kantor Cabang Delta\n');
    expect(branches.outcome).toBe('STORED');
    const header = 'branch,period,segment,program,active_participants,new_participants,lapsed_participants';
    // ALFA: 2016 only as a year-end, nothing in 2017, then every month of 2018–2019.
    // BETA: every month of 2018–2019 except its last two.
    // BPU: GAMA reports January–June 2019, DELTA July–December; ALFA all of 2019 but May and
    // June, with no flows in July; each has a 2018 year-end.
    const rows = [
      'ALFA,2016,PU,,900,,', ...monthlyRows('ALFA', '2018-01', 24, 1000), ...monthlyRows('BETA', '2018-01', 24, 500, ['2019-11', '2019-12']),
      'ALFA,2018,BPU,,300,,', ...monthlyRows('ALFA', '2019-01', 12, 300, ['2019-05', '2019-06'], 'BPU', ['2019-07']),
      'GAMA,2018,BPU,,200,,', ...monthlyRows('GAMA', '2019-01', 6, 200, [], 'BPU'),
      'DELTA,2018,BPU,,250,,', ...monthlyRows('DELTA', '2019-01', 12, 250, ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'], 'BPU'),
    ];
    const report = await importText(server.db, 'membership', [header, ...rows].join('\n'));
    expect(report.problems).toEqual([]);
    expect(report.outcome).toBe('STORED');
  });
  afterAll(() => server?.close());

  const trend = async (variables: Record<string, unknown>) => {
    const res = await server.graphql(TREND, variables);
    expect(res.errors).toBeUndefined();
    return res.data.membershipTrend as any[];
  };

  it('gives the first point of a one-year window its change against the year before', async () => {
    const [full] = await trend({ branch: 'ALFA', from: '2018', to: '2019' });
    const [window] = await trend({ branch: 'ALFA', from: '2019', to: '2019' });
    expect(window.points).toHaveLength(1);
    expect(window.points[0]).toEqual(full.points[1]);
    expect(window.points[0].change).toBe(full.points[1].activeParticipants - full.points[0].activeParticipants);
    expect(window.points[0].changeUnavailable).toBeNull();
  });

  it('compares a month window with the month before it, and keeps the window’s own flows', async () => {
    const [months] = await trend({ branch: 'ALFA', from: '2019-01', to: '2019-06', granularity: 'MONTH' });
    const [december] = (await trend({ branch: 'ALFA', from: '2018-12', to: '2018-12', granularity: 'MONTH' }))[0].points;
    expect(months.points[0].change).toBe(months.points[0].activeParticipants - december.activeParticipants);
    const [year] = (await trend({ branch: 'ALFA', from: '2019-01', to: '2019-06', granularity: 'YEAR' }))[0].points;
    expect(year.newParticipants).toBe(months.points.reduce((s: number, p: any) => s + p.newParticipants, 0));
    // A year cut short by `to` still compares with the previous year's end.
    expect([year.asOf, year.change]).toEqual(['2019-06', year.activeParticipants - december.activeParticipants]);
  });

  it('compares a window starting inside a year with the month before it, so its flows explain its change', async () => {
    const [year] = (await trend({ branch: 'ALFA', from: '2019-03', to: '2019', granularity: 'YEAR' }))[0].points;
    const [february] = (await trend({ branch: 'ALFA', from: '2019-02', to: '2019-02', granularity: 'MONTH' }))[0].points;
    expect(year.change).toBe(year.activeParticipants - february.activeParticipants);
    expect(year.change).toBe(year.newParticipants - year.lapsedParticipants);
  });

  it('explains every change by its flows: change = new − lapsed at every granularity', async () => {
    for (const granularity of ['MONTH', 'QUARTER', 'YEAR']) {
      const [s] = await trend({ branch: 'ALFA', from: '2018-02', granularity });
      const withChange = s.points.filter((p: any) => p.change !== null);
      expect(withChange.length).toBeGreaterThan(0);
      for (const p of withChange) expect([p.period, p.change]).toEqual([p.period, p.newParticipants - p.lapsedParticipants]);
    }
  });

  it('never compares across a gap: the period before must be stored', async () => {
    const [s] = await trend({ branch: 'ALFA', from: '2016', to: '2019' });
    expect(s.points.map((p: any) => [p.period, p.changeUnavailable])).toEqual([
      ['2016', 'PREVIOUS_PERIOD_MISSING'],
      ['2018', 'PREVIOUS_PERIOD_MISSING'],
      ['2019', null],
    ]);
    expect(s.points[1].change).toBeNull();
  });

  it('counts the branches behind each all-branch point and shows no change that is only missing data', async () => {
    const [s] = await trend({ from: '2019-09', to: '2019-12', granularity: 'MONTH' });
    expect(s.points.map((p: any) => [p.period, p.reportingBranches, p.changeUnavailable])).toEqual([
      ['2019-09', 2, null],
      ['2019-10', 2, null],
      ['2019-11', 1, 'REPORTING_BRANCHES_DIFFER'],
      ['2019-12', 1, null],
    ]);
    expect(s.points[2].change).toBeNull();
    // A year takes each branch at its own latest month: BETA as of October, ALFA as of December.
    const [year] = (await trend({ from: '2019', to: '2019' }))[0].points;
    const [alfa] = (await trend({ branch: 'ALFA', from: '2019-12', to: '2019-12', granularity: 'MONTH' }))[0].points;
    const [beta] = (await trend({ branch: 'BETA', from: '2019-10', to: '2019-10', granularity: 'MONTH' }))[0].points;
    expect(year.reportingBranches).toBe(2);
    expect(year.activeParticipants).toBe(alfa.activeParticipants + beta.activeParticipants);
    expect(year.asOf).toBe('2019-12');
  });

  it('shows no change when one branch stops and another starts, though as many report', async () => {
    const [months] = await trend({ segments: ['BPU'], from: '2019-06', to: '2019-08', granularity: 'MONTH' });
    expect(months.points.map((p: any) => [p.period, p.reportingBranches, p.changeUnavailable])).toEqual([
      ['2019-06', 1, null], // GAMA alone, as in May (ALFA has no May or June)
      ['2019-07', 2, 'REPORTING_BRANCHES_DIFFER'], // ALFA and DELTA
      ['2019-08', 2, null],
    ]);
    const [quarters] = await trend({ segments: ['BPU'], from: '2019-Q2', to: '2019-Q3', granularity: 'QUARTER' });
    // Q1 and Q2: ALFA and GAMA; Q3: ALFA and DELTA. Two branches each, not the same two.
    expect(quarters.points.map((p: any) => [p.period, p.reportingBranches, p.changeUnavailable])).toEqual([
      ['2019-Q2', 2, null],
      ['2019-Q3', 2, 'REPORTING_BRANCHES_DIFFER'],
    ]);
    expect(quarters.points[1].change).toBeNull();
  });

  it('gives no partial sum of flows when months of the change have none', async () => {
    const [year] = (await trend({ branch: 'ALFA', segments: ['BPU'], from: '2019', to: '2019' }))[0].points;
    expect(year.change).not.toBeNull();
    expect([year.newParticipants, year.lapsedParticipants, year.flowsIncomplete]).toEqual([null, null, true]);
    const [months] = await trend({ branch: 'ALFA', segments: ['BPU'], from: '2019-04', to: '2019-09', granularity: 'MONTH' });
    expect(months.points.map((p: any) => [p.period, p.changeUnavailable, p.flowsIncomplete, p.newParticipants === null])).toEqual([
      ['2019-04', null, false, false],
      ['2019-07', 'PREVIOUS_PERIOD_MISSING', false, true],
      ['2019-08', null, false, false],
      ['2019-09', null, false, false],
    ]);
    // Everywhere both are given, the flows explain the change, for every series, branch and all branches.
    for (const granularity of ['MONTH', 'QUARTER', 'YEAR']) {
      for (const branch of [undefined, 'ALFA', 'BETA', 'GAMA', 'DELTA']) {
        for (const s of await trend({ branch, segments: ['PU', 'BPU'], programs: null, granularity })) {
          for (const p of s.points) if (p.change !== null && p.newParticipants !== null) expect([granularity, branch, p.period, p.change]).toEqual([granularity, branch, p.period, p.newParticipants - p.lapsedParticipants]);
        }
      }
    }
  });

  it('says what each series counts and where stocks and flows came from', async () => {
    const persons = await trend({ branch: 'ALFA', from: '2019', to: '2019' });
    const enrolments = await trend({ branch: 'ALFA', programs: ['JKK'], from: '2019', to: '2019' });
    expect(persons.map((s) => [s.program, s.unit])).toEqual([[null, 'PERSONS']]);
    expect(enrolments.map((s) => [s.program, s.unit])).toEqual([['JKK', 'ENROLMENTS']]);
    expect(persons[0].points[0]).toMatchObject({ source: 'IMPORTED', flowSource: 'IMPORTED' });
    const [yearEnd2016] = (await trend({ branch: 'ALFA', from: '2016', to: '2016' }))[0].points;
    expect(yearEnd2016).toMatchObject({ source: 'IMPORTED', flowSource: null, newParticipants: null });
  });
});
