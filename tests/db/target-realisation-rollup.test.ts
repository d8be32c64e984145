// The targets' realisation rollup answers exactly what the membership months do: each target
// key's months side by side (the realisation cube), and so every targetAttainment answer by
// program, segment, branch and office, of the nation, an office and a branch, for both metrics,
// in complete years and in the running one (with its projections), and cut off at a day, is the
// same read either way.
// On both databases, after the seed, after an import that corrects a stored month, adds a later
// one and a December the next year's run rate starts from, and after a rejected import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CubeQuery, Filter } from '../../server/analytics/model.ts';
import { planQuery, runQuery } from '../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { realisationCube, staffRealisationCube } from '../../server/domains/targets/cube.ts';
import { targetAttainment, type TargetAttainmentArgs } from '../../server/domains/targets/query.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const TABLE = 'target_realisation_rollup';
const MEASURES = Object.keys(realisationCube.measures);
const STAFF_MEASURES = Object.keys(staffRealisationCube.measures);
const yearOf = (year: number): Filter => ({ member: 'periodIndex', op: 'between', from: year * 12, to: year * 12 + 11 });

/** The staff targets' registrations by month: the staff rollup's months answer as the activities do. */
function staffCases(): CubeQuery[] {
  return [
    { dimensions: ['branch', 'STAFF'], measures: STAFF_MEASURES, filters: [yearOf(2024)] },
    { dimensions: ['branch', 'STAFF'], measures: STAFF_MEASURES, filters: [yearOf(2021), { member: 'branch', op: 'equals', value: 'MADIUN' }] },
    { dimensions: ['STAFF'], measures: STAFF_MEASURES, filters: [yearOf(2025), { member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }] },
  ];
}

function cubeCases(): CubeQuery[] {
  const scopes: Filter[][] = [
    [{ member: 'year', op: 'equals', value: 2025 }],
    [{ member: 'year', op: 'equals', value: 2020 }, { member: 'branch', op: 'equals', value: 'MADIUN' }],
    [{ member: 'year', op: 'in', values: [2021, 2024] }, { member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }],
    [{ member: 'segment', op: 'equals', value: 'BPU' }],
  ];
  return scopes.flatMap((filters) => [
    { dimensions: ['branch', 'program', 'segment'], measures: MEASURES, filters, namedFilters: ['enrolments'] },
    { dimensions: ['branch', 'program', 'segment', 'year'], measures: MEASURES, filters },
    // Summed over branches: each month's stock of the group.
    { dimensions: ['program', 'year'], measures: MEASURES, filters, namedFilters: ['enrolments'] },
  ]);
}

/** Every targets question the dashboard, the report and the ranking ask of the realisation. */
function attainmentCases(): TargetAttainmentArgs[] {
  const scopes = [{}, { region: 'JATIM' }, { branch: 'MADIUN' }, { branch: 'KEDIRI' }];
  const groupBys = ['PROGRAM', 'SEGMENT', 'BRANCH', 'REGION', 'STAFF'] as const;
  const metrics = ['ACTIVE_PARTICIPANTS', 'NEW_PARTICIPANTS'] as const;
  const cases: TargetAttainmentArgs[] = [2020, 2024, 2025].flatMap((year) => scopes.flatMap((scope) => groupBys.flatMap((groupBy) => metrics.map((metric) => ({ ...scope, year, groupBy, metric })))));
  // Cut off at a day (the weekly review's assessment): the months that ended by it count.
  const cutOffs = ['2025-04-06', '2025-06-30', '2024-01-15'].flatMap((through) => metrics.map((metric) => ({ year: Number(through.slice(0, 4)), through, metric })));
  return [...cases, ...cutOffs.flatMap((c) => [c, { ...c, branch: 'MADIUN' }])];
}

describe.each(availableDialects())('targets realisation rollup on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
  });
  afterAll(() => db?.close());

  const expectSameCubeAnswers = async () => {
    for (const query of cubeCases()) {
      expect(planQuery(realisationCube, query).table, JSON.stringify(query)).toBe(TABLE);
      expect(planQuery(realisationCube, query, { raw: true }).table).toBe('membership_snapshot');
      const [rolled, raw] = await Promise.all([runQuery(db, realisationCube, query), runQuery(db, realisationCube, query, { raw: true })]);
      expect(rolled.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(rolled, JSON.stringify(query)).toEqual(raw);
    }
  };
  const expectSameStaffAnswers = async () => {
    for (const query of staffCases()) {
      expect(planQuery(staffRealisationCube, query).table, JSON.stringify(query)).toBe('campaign_staff_rollup');
      expect(planQuery(staffRealisationCube, query, { raw: true }).table).toBe('campaign_activity');
      const [rolled, raw] = await Promise.all([runQuery(db, staffRealisationCube, query), runQuery(db, staffRealisationCube, query, { raw: true })]);
      expect(rolled.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(rolled, JSON.stringify(query)).toEqual(raw);
    }
  };
  const expectSameAttainment = async () => {
    const statuses = new Set<string>();
    for (const args of attainmentCases()) {
      const [rolled, raw] = await Promise.all([targetAttainment(db, args), targetAttainment(db, args, { raw: true })]);
      expect(rolled, JSON.stringify(args)).toEqual(raw);
      for (const row of rolled) statuses.add(row.status);
    }
    // The cases hold finished years and the running one (projected).
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['COMPLETE', 'IN_PROGRESS']));
  };

  it("answers each target key's months exactly as the membership months do", async () => {
    await expectSameCubeAnswers();
    // A key's row: March of the running year is the stored month, a month not yet reported null.
    const [row] = await runQuery(db, realisationCube, {
      dimensions: ['branch', 'program', 'segment'],
      measures: ['active3', 'new3', 'active12'],
      filters: [{ member: 'year', op: 'equals', value: 2025 }, { member: 'branch', op: 'equals', value: 'MADIUN' }, { member: 'program', op: 'equals', value: 'JHT' }, { member: 'segment', op: 'equals', value: 'PU' }],
    });
    const stored = await db.read('membership_snapshot').where({ branch_code: 'MADIUN', year: 2025, month: 3, program: 'JHT', segment: 'PU' }).first('active_participants', 'new_participants');
    expect({ active3: Number(row.active3), new3: row.new3 === null ? null : Number(row.new3), active12: row.active12 }).toEqual({
      active3: stored.active_participants,
      new3: stored.new_participants,
      active12: null,
    });
  });

  it("answers each staff member's registrations by month exactly as the activities do", async () => {
    await expectSameStaffAnswers();
  });

  it('gives every targets answer (programs, segments, branches, offices; both metrics; finished and running years) exactly as the months do', async () => {
    await expectSameAttainment();
    const [running] = await targetAttainment(db, { year: 2025, branch: 'MADIUN', groupBy: 'PROGRAM' });
    expect(running.status).toBe('IN_PROGRESS');
    expect(running.projectedRealised).not.toBeNull();
  });

  it('stays exact after an import that corrects a month, adds a later one and a December, and after a rejected one', async () => {
    const file = [
      'branch,period,segment,active_participants,program,new_participants,lapsed_participants',
      'MADIUN,2025-03,PU,123456,JHT,900,100',
      'KEDIRI,2025-11,BPU,4321,JKK,50,5',
      'BLITAR,2025-12,PU,7777,JKM,70,7',
      'BLITAR,2026-01,PU,7800,JKM,40,17',
    ].join('\n');
    const stored = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from(file) }, fileName: 'koreksi.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    expect(stored.outcome).toBe('STORED');
    const [march] = await runQuery(db, realisationCube, {
      dimensions: ['branch'],
      measures: ['active3', 'new3'],
      filters: [{ member: 'year', op: 'equals', value: 2025 }, { member: 'branch', op: 'equals', value: 'MADIUN' }, { member: 'program', op: 'equals', value: 'JHT' }, { member: 'segment', op: 'equals', value: 'PU' }],
    });
    expect([Number(march.active3), Number(march.new3)]).toEqual([123456, 900]);
    const activities = [
      'branch,date,activity,channel,reach,registrations,staff,segment',
      'MADIUN,2025-03-14,SOCIALISATION,FACE_TO_FACE,40,7,MADIUN-AR1,PU',
      'KEDIRI,2025-11-02,SOCIALISATION,ZOOM,25,0,,BPU',
    ].join('\n');
    const campaigns = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from(activities) }, fileName: 'kegiatan.csv', actor: 'test' });
    expect(campaigns.problems).toEqual([]);
    expect(campaigns.outcome).toBe('STORED');
    await expectSameCubeAnswers();
    await expectSameStaffAnswers();
    await expectSameAttainment();

    const before = await db.knex(TABLE).count({ n: '*' }).first();
    const rejected = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from('branch,period,segment,active_participants,program\nMADIUN,2025-04,PU,-5,JHT\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    expect(await db.knex(TABLE).count({ n: '*' }).first()).toEqual(before);
    await expectSameCubeAnswers();
  });
});
