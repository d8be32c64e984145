// The quarterly and yearly trends of the nation and of an office come from the month rollup's
// counts (bucket-coverage.ts): stocks as at each branch's own latest month of the period,
// reporting branches, whether the previous point stands on the same branches and whether the
// flows cover every month of the change. They must be exactly the per-branch answer of the
// months (membershipTrend with raw: true), over whole and partial periods and windows starting
// or ending inside one, for persons and per program, with branches that miss a period's last
// month, its first, a whole quarter, that stop early or lack a flow; on both databases, after
// the seed, after imports that mend and add months, and after a rejected one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planQuery } from '../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { BUCKET_COVERAGE_MEASURES } from '../../server/domains/membership/bucket-coverage.ts';
import { membershipCube } from '../../server/domains/membership/cube.ts';
import { type MembershipSeries, type MembershipTrendArgs, membershipTrend } from '../../server/domains/membership/query.ts';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const WINDOWS: Pick<MembershipTrendArgs, 'from' | 'to'>[] = [
  {},
  { from: '2019-02', to: '2020-08' },
  { from: '2019-Q2', to: '2021' },
  { from: '2018', to: '2020' },
  { from: '2019-03' },
  { to: '2019-11' },
  { from: '2019-06', to: '2019-06' },
];

function cases(): MembershipTrendArgs[] {
  const series: Pick<MembershipTrendArgs, 'segments' | 'programs'>[] = [{}, { programs: ['JKK', 'JHT'] }, { segments: ['PU'] }];
  return (['QUARTER', 'YEAR'] as const).flatMap((granularity) =>
    [{}, { region: 'JATIM' }].flatMap((scope) => series.flatMap((s) => WINDOWS.map((w) => ({ granularity, ...scope, ...s, ...w })))),
  );
}

describe.each(availableDialects())('quarterly and yearly coverage from counts on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
  });
  afterAll(() => db?.close());

  const points = (series: MembershipSeries[]) => series.flatMap((s) => s.points.map((p) => ({ ...p, series: `${s.segment}|${s.program}` })));

  const expectSameAsBranches = async () => {
    const answers = [];
    for (const args of cases()) {
      const [counted, raw] = await Promise.all([membershipTrend(db, args), membershipTrend(db, args, { raw: true })]);
      expect(counted, JSON.stringify(args)).toEqual(raw);
      answers.push(...points(counted));
    }
    return answers;
  };

  it('reads the month rollup for the nation and an office', () => {
    for (const filters of [[], [{ member: 'region', op: 'equals', value: 'JATIM' } as const]]) {
      const q = { dimensions: ['segment', 'program', 'QUARTER'], measures: ['activeParticipants', 'sourceMin', ...BUCKET_COVERAGE_MEASURES], filters: [...filters, { member: 'periodIndex', op: 'between', from: 2019 * 12 + 1, to: 2020 * 12 + 7 } as const] };
      expect(planQuery(membershipCube, q).table).toBe('membership_month_rollup');
    }
  });

  it('answers as the branches do while every branch reports every month', async () => {
    const answers = await expectSameAsBranches();
    expect(answers.filter((p) => p.changeUnavailable === 'REPORTING_BRANCHES_DIFFER')).toEqual([]);
  });

  it('answers as the branches do when branches miss a last month, a first month, a whole quarter, stop early or lack a flow', async () => {
    await db.knex.transaction(async (trx) => {
      const persons = { segment: 'PU', program: '' };
      await trx('membership_snapshot').where({ branch_code: 'MADIUN', year: 2019, month: 6, ...persons }).delete();
      await trx('membership_snapshot').where({ branch_code: 'KEDIRI', year: 2019, ...persons }).whereIn('month', [7, 8, 9]).delete();
      await trx('membership_snapshot').where({ branch_code: 'BLITAR', year: 2020, month: 1, segment: 'BPU', program: '' }).delete();
      await trx('membership_snapshot').where({ branch_code: 'PONOROGO', year: 2020, month: 5, ...persons }).update({ new_participants: null });
      await trx('membership_snapshot').where({ branch_code: 'MADIUN', segment: 'PU', program: 'JKK' }).where('period_index', '>', 2020 * 12 + 4).delete();
      await refreshMembershipRollup(trx, 'all');
    });
    const answers = await expectSameAsBranches();
    // The cases are not vacuous: points whose branches differ, whose flows are partial, and
    // stocks as at an earlier month of the period.
    expect(answers.some((p) => p.changeUnavailable === 'REPORTING_BRANCHES_DIFFER')).toBe(true);
    expect(answers.some((p) => p.flowsIncomplete)).toBe(true);
    const q2 = await membershipTrend(db, { segments: ['PU'], from: '2019-Q2', to: '2019-Q2', granularity: 'QUARTER' });
    expect(q2[0].points[0]).toMatchObject({ period: '2019-Q2', reportingBranches: 4, asOf: '2019-06' });
  });

  it('stays the same as the branches after imports that mend months and add later ones, and after a rejected one', async () => {
    const file = [
      'branch,period,segment,active_participants,program,new_participants,lapsed_participants',
      'MADIUN,2019-06,PU,61000,,800,200',
      'KEDIRI,2019-08,PU,30000,,400,100',
      'MADIUN,2021-03,PU,5000,JKK,50,5',
      'KEDIRI,2026-02,BPU,4321,,50,5',
    ].join('\n');
    const stored = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from(file) }, fileName: 'koreksi.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    expect(stored.outcome).toBe('STORED');
    await expectSameAsBranches();
    const rejected = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from('branch,period,segment,active_participants\nMADIUN,2019-07,PU,-5\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    await expectSameAsBranches();
  });
});
