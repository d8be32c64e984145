// The membership rollup answers yearly questions with exactly the months' answer: stocks as at
// each branch's own latest month of the year, flows, coverage measures and sources, over the
// nation, branches, segments and programs and whole-year ranges, on both databases, after the
// seed and after an import that corrects a stored month and adds a later one. Questions it
// cannot answer (by quarter or month, over part of a year, without a year, several series in a
// group) read the months.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CubeQuery, Filter } from '../../server/analytics/model.ts';
import { planQuery, runQuery } from '../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { membershipCube } from '../../server/domains/membership/cube.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const MEASURES = ['activeParticipants', 'newParticipants', 'lapsedParticipants', 'asOfIndex', 'reportingBranches', 'sourceMin', 'sourceMax', 'flowSourceMin', 'flowSourceMax', 'monthsWithNew', 'monthsWithLapsed'];

const FLOWS = ['newParticipants', 'lapsedParticipants', 'asOfIndex', 'flowSourceMin', 'flowSourceMax', 'monthsWithNew', 'monthsWithLapsed'];

function queries(): CubeQuery[] {
  const scopes: Filter[][] = [
    [],
    [{ member: 'branch', op: 'equals', value: 'MADIUN' }],
    [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }, { member: 'periodIndex', op: 'between', from: 2018 * 12, to: 2022 * 12 + 11 }],
    [{ member: 'segment', op: 'in', values: ['PU', 'BPU'] }, { member: 'periodIndex', op: 'between', to: 2020 * 12 + 11 }],
  ];
  return scopes.flatMap((filters) =>
    [['persons'], ['enrolments']].flatMap((namedFilters) => [
      { dimensions: ['segment', 'program', 'YEAR'], measures: MEASURES, filters, namedFilters },
      { dimensions: ['segment', 'program', 'YEAR', 'branch'], measures: MEASURES, filters, namedFilters },
      // Flows and the latest month need no series or year (the data freshness asks this).
      { dimensions: ['branch'], measures: FLOWS, filters, namedFilters },
      { dimensions: ['YEAR'], measures: FLOWS, filters, namedFilters },
    ]),
  );
}

describe.each(availableDialects())('membership rollup on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
  });
  afterAll(() => db?.close());

  const answer = async (query: CubeQuery, raw: boolean) => ({ table: planQuery(membershipCube, query, { raw }).table, rows: await runQuery(db, membershipCube, query, { raw }) });

  const expectSameAnswers = async () => {
    for (const query of queries()) {
      const [rolled, raw] = await Promise.all([answer(query, false), answer(query, true)]);
      expect(rolled.table, JSON.stringify(query)).toBe('membership_year_rollup');
      expect(raw.table).toBe('membership_snapshot');
      expect(rolled.rows.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(rolled.rows, JSON.stringify(query)).toEqual(raw.rows);
    }
  };

  it('answers yearly questions over whole years exactly as the months do', async () => {
    await expectSameAnswers();
  });

  it('leaves to the months what it does not hold: quarters and months, part of a year, no year at all', () => {
    const part: Filter = { member: 'periodIndex', op: 'between', from: 2020 * 12 + 3, to: 2020 * 12 + 11 };
    expect(planQuery(membershipCube, { dimensions: ['segment', 'QUARTER'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment', 'YEAR'], measures: ['activeParticipants'], filters: [part] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['segment'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    // A group of several series: the cube's stock is at the branch's latest month of any of them.
    expect(planQuery(membershipCube, { dimensions: ['YEAR'], measures: ['activeParticipants'] }).table).toBe('membership_snapshot');
    expect(planQuery(membershipCube, { dimensions: ['YEAR'], measures: ['reportingBranches'] }).table).toBe('membership_snapshot');
    // Grouped by the month itself: its rows have no month (a flow by month is not a year's).
    expect(planQuery(membershipCube, { dimensions: ['branch', 'periodIndex'], measures: ['newParticipants'] }).table).toBe('membership_snapshot');
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
    await expectSameAnswers();
    const before = await db.knex('membership_year_rollup').count({ n: '*' }).first();
    const rejected = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from('branch,period,segment,active_participants\nMADIUN,2021-07,PU,-5\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    expect(await db.knex('membership_year_rollup').count({ n: '*' }).first()).toEqual(before);
    await expectSameAnswers();
  });
});
