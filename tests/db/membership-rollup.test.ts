// The membership rollups answer exactly the months' answer. The yearly one: stocks as at each
// branch's own latest month of the year, flows, coverage measures and sources, over the nation,
// branches, segments and programs and whole-year ranges. The month one (per office): the nation's
// and an office's months with their coverage counts (reporting branches, those carrying each
// flow), and flows and the latest month in any
// grouping without a branch, and stocks per series over quarters, years or a whole window (from
// its rows keyed by each branch's next month), with the links of months to next months. On both databases, after the seed, after an import that corrects a
// stored month and adds a later one, after a rejected one, after a branch moved to another
// office, and after the first import into an empty database (which rebuilds the tables whole,
// the targets' realisation rollup too) and one that adds to it. Questions neither can answer (stocks of several series in a group, by a branch over
// part of a year or without a year, a branch by month) read the months.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CubeQuery, Filter } from '../../server/analytics/model.ts';
import { planQuery, runQuery } from '../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { membershipCube } from '../../server/domains/membership/cube.ts';
import { NO_NEXT_MONTH } from '../../server/domains/membership/row-facts.ts';
import { realisationCube } from '../../server/domains/targets/cube.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const MEASURES = ['activeParticipants', 'newParticipants', 'lapsedParticipants', 'asOfIndex', 'reportingBranches', 'sourceMin', 'sourceMax', 'flowSourceMin', 'flowSourceMax', 'monthsWithNew', 'monthsWithLapsed'];

const FLOWS = ['newParticipants', 'lapsedParticipants', 'asOfIndex', 'flowSourceMin', 'flowSourceMax', 'monthsWithNew', 'monthsWithLapsed'];

const YEAR_TABLE = 'membership_year_rollup';
const MONTH_TABLE = 'membership_month_rollup';

interface Case {
  query: CubeQuery;
  table: string;
}

function yearCases(): Case[] {
  const scopes: Filter[][] = [
    [],
    [{ member: 'branch', op: 'equals', value: 'MADIUN' }],
    [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }, { member: 'periodIndex', op: 'between', from: 2018 * 12, to: 2022 * 12 + 11 }],
    [{ member: 'segment', op: 'in', values: ['PU', 'BPU'] }, { member: 'periodIndex', op: 'between', to: 2020 * 12 + 11 }],
  ];
  return scopes.flatMap((filters) =>
    [['persons'], ['enrolments']].flatMap((namedFilters) => [
      { query: { dimensions: ['segment', 'program', 'YEAR'], measures: MEASURES, filters, namedFilters }, table: YEAR_TABLE },
      { query: { dimensions: ['segment', 'program', 'YEAR', 'branch'], measures: MEASURES, filters, namedFilters }, table: YEAR_TABLE },
      // Flows and the latest month need no series or year (the data freshness asks this).
      { query: { dimensions: ['branch'], measures: FLOWS, filters, namedFilters }, table: YEAR_TABLE },
      { query: { dimensions: ['YEAR'], measures: FLOWS, filters, namedFilters }, table: YEAR_TABLE },
    ]),
  );
}

function monthCases(): Case[] {
  const scopes: Filter[][] = [
    [],
    [{ member: 'region', op: 'equals', value: 'JATIM' }],
    [{ member: 'region', op: 'in', values: ['JATIM', 'MATARAMAN'] }, { member: 'periodIndex', op: 'between', from: 2019 * 12 + 4, to: 2021 * 12 + 6 }],
    [{ member: 'region', op: 'equals', value: 'MATARAMAN' }, { member: 'segment', op: 'equals', value: 'PU' }],
    [{ member: 'segment', op: 'in', values: ['PU', 'BPU'] }, { member: 'periodIndex', op: 'between', to: 2020 * 12 + 5 }],
  ];
  const coverage = [...MEASURES, 'continuedBranches'];
  return scopes.flatMap((filters) =>
    [['persons'], ['enrolments']].flatMap((namedFilters) => [
      { query: { dimensions: ['segment', 'program', 'MONTH'], measures: coverage, filters, namedFilters }, table: MONTH_TABLE },
      { query: { dimensions: ['segment', 'periodIndex'], measures: coverage, filters, namedFilters }, table: MONTH_TABLE },
      { query: { dimensions: ['MONTH'], measures: ['activeParticipants', 'reportingBranches'], filters, namedFilters }, table: MONTH_TABLE },
      // Flows and counts by quarter: sums of months.
      { query: { dimensions: ['segment', 'program', 'QUARTER'], measures: FLOWS, filters, namedFilters }, table: MONTH_TABLE },
      // Stocks per series by quarter, by year and over the whole window: at each branch's latest month.
      { query: { dimensions: ['segment', 'program', 'QUARTER'], measures: [...coverage, 'asOfTotal'], filters, namedFilters }, table: MONTH_TABLE },
      { query: { dimensions: ['region', 'segment', 'program', 'YEAR'], measures: [...coverage, 'asOfTotal'], filters, namedFilters }, table: MONTH_TABLE },
      { query: { dimensions: ['segment', 'program'], measures: ['activeParticipants', 'reportingBranches', 'asOfTotal', 'sourceMin', 'sourceMax'], filters, namedFilters }, table: MONTH_TABLE },
      // The months each month's branches report next in.
      { query: { dimensions: ['segment', 'program', 'periodIndex', 'nextPeriodIndex'], measures: ['reportingBranches'], filters, namedFilters }, table: MONTH_TABLE },
    ]),
  );
}

describe.each(availableDialects())('membership rollup on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
    // A second office (BLITAR moves to it), through the imports, which keep the rollups current.
    const region = await importFile(db, { kind: 'regions', source: { buffer: Buffer.from('code,name\nMATARAMAN,Kantor Wilayah Mataraman\n') }, fileName: 'wilayah.csv', actor: 'test' });
    expect(region.outcome).toBe('STORED');
    const moved = await importFile(db, { kind: 'branches', source: { buffer: Buffer.from('code,name,region,region_code\nBLITAR,Kantor Cabang Blitar,Jawa Timur,MATARAMAN\n') }, fileName: 'cabang.csv', actor: 'test' });
    expect(moved.problems).toEqual([]);
    expect(moved.outcome).toBe('STORED');
  });
  afterAll(() => db?.close());

  const answer = async (query: CubeQuery, raw: boolean, on: Database) => ({ table: planQuery(membershipCube, query, { raw }).table, rows: await runQuery(on, membershipCube, query, { raw }) });

  const expectSameAnswers = async (cases: Case[], on = db) => {
    for (const { query, table } of cases) {
      const [rolled, raw] = await Promise.all([answer(query, false, on), answer(query, true, on)]);
      expect(rolled.table, JSON.stringify(query)).toBe(table);
      expect(raw.table).toBe('membership_snapshot');
      expect(rolled.rows.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(rolled.rows, JSON.stringify(query)).toEqual(raw.rows);
    }
  };
  const expectBothExact = (on = db) => expectSameAnswers([...yearCases(), ...monthCases()], on);

  /** The targets' realisation rollup (refreshed beside these) answers every key's months as the months do. */
  const expectRealisationExact = async (on: Database) => {
    const query: CubeQuery = { dimensions: ['branch', 'segment', 'program', 'year'], measures: Object.keys(realisationCube.measures) };
    expect(planQuery(realisationCube, query).table).toBe('target_realisation_rollup');
    const [rolled, raw] = await Promise.all([runQuery(on, realisationCube, query), runQuery(on, realisationCube, query, { raw: true })]);
    expect(rolled.length).toBeGreaterThan(0);
    expect(rolled).toEqual(raw);
  };

  it('answers yearly questions over whole years exactly as the months do', async () => {
    await expectSameAnswers(yearCases());
  });

  it("answers the nation's and an office's months, with their coverage counts, exactly as the branches' months do", async () => {
    await expectSameAnswers(monthCases());
    // The seed's months all report: every branch of an office, every month after its first.
    const jatim: Filter = { member: 'region', op: 'equals', value: 'JATIM' };
    const rows = await runQuery(db, membershipCube, { dimensions: ['MONTH'], measures: ['reportingBranches'], filters: [jatim], namedFilters: ['persons'] });
    expect(rows.every((r) => Number(r.reportingBranches) === 2 * 3)).toBe(true);
    const links = await runQuery(db, membershipCube, { dimensions: ['segment', 'program', 'periodIndex', 'nextPeriodIndex'], measures: ['reportingBranches'], filters: [jatim], namedFilters: ['persons'] });
    const last = Math.max(...links.map((r) => Number(r.periodIndex)));
    expect(links.every((r) => Number(r.nextPeriodIndex) === (Number(r.periodIndex) === last ? NO_NEXT_MONTH : Number(r.periodIndex) + 1))).toBe(true);
  });

  it('leaves to the months what neither holds: several series in a stock, a branch over part of a year or no year at all, a branch by month', () => {
    const part: Filter = { member: 'periodIndex', op: 'between', from: 2020 * 12 + 3, to: 2020 * 12 + 11 };
    expect(planQuery(membershipCube, { dimensions: ['segment', 'QUARTER'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'YEAR'], measures: ['activeParticipants'], filters: [part] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    // A group of several series: the cube's stock is at the branch's latest month of any of them.
    expect(planQuery(membershipCube, { dimensions: ['YEAR'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['YEAR'], measures: ['reportingBranches'] }).table).toBe('membership_snapshot');
    // Grouped by the month itself: its rows have no month (a flow by month is not a year's).
    expect(planQuery(membershipCube, { dimensions: ['branch', 'periodIndex'], measures: ['newParticipants'] }).table).toBe('membership_snapshot');
    // The offices' months hold no branch, and a stock only where a group is one month.
    expect(planQuery(membershipCube, { dimensions: ['segment', 'MONTH'], measures: ['activeParticipants'], filters: [{ member: 'branch', op: 'equals', value: 'MADIUN' }] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'program', 'QUARTER'], measures: ['activeParticipants'], filters: [{ member: 'branch', op: 'equals', value: 'MADIUN' }] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'program'], measures: ['activeParticipants'], filters: [{ member: 'branch', op: 'equals', value: 'MADIUN' }] }).table).toBe('membership_snapshot');
    // Keyed by the next month, the offices' months tell each series' latest rows of any period,
    // but not a group's rows across series, nor a period a label filter cuts short.
    expect(planQuery(membershipCube, { dimensions: ['segment', 'program', 'QUARTER'], measures: ['activeParticipants'] }).table).toBe(MONTH_TABLE);
    expect(planQuery(membershipCube, { dimensions: ['segment', 'QUARTER'], measures: ['reportingBranches'], filters: [{ member: 'region', op: 'equals', value: 'JATIM' }] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'program', 'YEAR'], measures: ['activeParticipants'], filters: [{ member: 'QUARTER', op: 'equals', value: '2020-Q1' }] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'program', 'YEAR', 'QUARTER'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'program', 'QUARTER'], measures: ['activeParticipants'], filters: [{ member: 'periodIndex', op: 'in', values: [2020 * 12, 2020 * 12 + 5] }] }).table).toBe('membership_snapshot');
  });

  it('stays exact after an import that corrects a stored month and adds a later one, and after a rejected one', async () => {
    const file = [
      'branch,period,segment,active_participants,program,new_participants,lapsed_participants',
      'MADIUN,2021-06,PU,123456,,900,100',
      'KEDIRI,2025-12,BPU,4321,JKK,50,5',
    ].join('\n');
    const stored = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from(file) }, fileName: 'koreksi.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    expect(stored.outcome).toBe('STORED');
    await expectBothExact();
    const before = await Promise.all([YEAR_TABLE, MONTH_TABLE].map((t) => db.knex(t).count({ n: '*' }).first()));
    const rejected = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from('branch,period,segment,active_participants\nMADIUN,2021-07,PU,-5\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    expect(await Promise.all([YEAR_TABLE, MONTH_TABLE].map((t) => db.knex(t).count({ n: '*' }).first()))).toEqual(before);
    await expectBothExact();
  });
  it('stays exact after the first import into an empty database, which rebuilds the tables whole, and after one that adds to it', async () => {
    const empty = await openDatabase(await freshTarget(dialect));
    try {
      const regions = await importFile(empty, { kind: 'regions', source: { buffer: Buffer.from('code,name\nJATIM,Kantor Wilayah Jawa Timur\nMATARAMAN,Kantor Wilayah Mataraman\n') }, fileName: 'wilayah.csv', actor: 'test' });
      expect(regions.problems).toEqual([]);
      const branches = await importFile(empty, {
        kind: 'branches',
        source: { buffer: Buffer.from('code,name,region,region_code\nMADIUN,Kantor Cabang Madiun,Jawa Timur,JATIM\nKEDIRI,Kantor Cabang Kediri,Jawa Timur,JATIM\nBLITAR,Kantor Cabang Blitar,Jawa Timur,MATARAMAN\n') },
        fileName: 'cabang.csv',
        actor: 'test',
      });
      expect(branches.problems).toEqual([]);
      // 2018 to 2022, each branch skipping months of its own (gaps, whose rows' next month is
      // not the month after), without flows in some months.
      const lines: string[] = [];
      ['MADIUN', 'KEDIRI', 'BLITAR'].forEach((branch, b) => {
        for (let m = 0; m < 60; m++) {
          if ((m + b) % (5 + b) === 0) continue;
          const period = `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
          for (const segment of ['PU', 'BPU']) {
            for (const program of ['', 'JKK']) {
              const flows = m % 7 === b ? ',' : `${(m * 13 + b) % 90},${(m * 7 + b) % 40}`;
              lines.push(`${branch},${period},${segment},${program},${1000 + ((m * 31 + b * 17 + segment.length + program.length) % 500)},${flows}`);
            }
          }
        }
      });
      const header = 'branch,period,segment,program,active_participants,new_participants,lapsed_participants';
      // Which way the refresh went: the groups an import touched go through key tables of theirs.
      const statements: string[] = [];
      empty.knex.on('query', (q: { sql: string }) => statements.push(q.sql));
      const keyTables = () => statements.filter((sql) => /CREATE TEMPORARY TABLE \w*refresh_keys/i.test(sql)).length;
      const first = await importFile(empty, { kind: 'membership', source: { buffer: Buffer.from([header, ...lines].join('\n')) }, fileName: 'kepesertaan.csv', actor: 'test' });
      expect(first.problems).toEqual([]);
      expect(first.outcome).toBe('STORED');
      expect(keyTables()).toBe(0);
      await expectBothExact(empty);
      await expectRealisationExact(empty);
      // A month filled into a gap, a corrected month and a later one: fewer rows than stored.
      const more = ['MADIUN,2018-01,PU,,777,5,1', 'KEDIRI,2019-06,BPU,JKK,888,,', 'BLITAR,2023-01,PU,,999,3,2'];
      const second = await importFile(empty, { kind: 'membership', source: { buffer: Buffer.from([header, ...more].join('\n')) }, fileName: 'tambahan.csv', actor: 'test' });
      expect(second.problems).toEqual([]);
      expect(second.outcome).toBe('STORED');
      expect(keyTables()).toBeGreaterThan(0);
      await expectBothExact(empty);
      await expectRealisationExact(empty);
    } finally {
      await empty.close();
    }
  });
});
