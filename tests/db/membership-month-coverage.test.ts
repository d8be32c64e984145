// The monthly trend of the nation and of an office takes its coverage from counts (the month
// rollup's): when a branch lacks a month, that month counts one branch fewer and neither it nor
// the month after has a change (their branches differ); when a branch's row lacks a flow, that
// month's flow is null and marked incomplete. The nation, its one office and the branches named
// one by one answer alike; an import that brings the month back mends it. On both databases,
// with the rollups refreshed as a writer other than an import must.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { type MembershipTrendArgs, membershipTrend } from '../../server/domains/membership/query.ts';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const WINDOW = { segments: ['PU'], from: '2019-03', to: '2019-08', granularity: 'MONTH' } as const;

describe.each(availableDialects())('monthly coverage on %s', (dialect) => {
  let db: Database;
  let branches: number;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
    branches = Number((await db.knex('branch').count({ n: '*' }).first())!.n);
  });
  afterAll(() => db?.close());

  const points = async (args: MembershipTrendArgs) => {
    const series = await membershipTrend(db, args);
    expect(series.map((s) => [s.segment, s.program])).toEqual([['PU', null]]);
    return new Map(series[0].points.map((p) => [p.period, p]));
  };

  it('counts every branch and compares every month while all report', async () => {
    const months = await points(WINDOW);
    expect([...months.keys()]).toEqual(['2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08']);
    for (const p of months.values()) {
      expect(p.reportingBranches).toBe(branches);
      expect(p.changeUnavailable).toBeNull();
      expect(p.change).not.toBeNull();
      expect(p.flowsIncomplete).toBe(false);
    }
  });

  it('tells a month a branch lacks, and a flow a row lacks, as the branches one by one do', async () => {
    await db.knex.transaction(async (trx) => {
      await trx('membership_snapshot').where({ branch_code: 'MADIUN', year: 2019, month: 5, segment: 'PU', program: '' }).delete();
      await trx('membership_snapshot').where({ branch_code: 'KEDIRI', year: 2019, month: 7, segment: 'PU', program: '' }).update({ new_participants: null });
      await refreshMembershipRollup(trx, { branch: 'MADIUN' });
    });
    for (const scope of [{}, { region: 'JATIM' }]) {
      const months = await points({ ...WINDOW, ...scope });
      expect(months.get('2019-05')).toMatchObject({ reportingBranches: branches - 1, change: null, changeUnavailable: 'REPORTING_BRANCHES_DIFFER' });
      expect(months.get('2019-06')).toMatchObject({ reportingBranches: branches, change: null, changeUnavailable: 'REPORTING_BRANCHES_DIFFER' });
      expect(months.get('2019-04')!.changeUnavailable).toBeNull();
      expect(months.get('2019-08')!.changeUnavailable).toBeNull();
      // A branch back after a gap has that month's flows: its change is the month's own.
      expect(months.get('2019-06')!.newParticipants).not.toBeNull();
      const july = months.get('2019-07')!;
      expect(july).toMatchObject({ changeUnavailable: null, newParticipants: null, flowsIncomplete: true });
      expect(july.lapsedParticipants).not.toBeNull();
      // A window that starts at the month after the gap compares with the gap itself.
      expect((await points({ ...WINDOW, ...scope, from: '2019-06' })).get('2019-06')!.changeUnavailable).toBe('REPORTING_BRANCHES_DIFFER');
    }
    // The sums are the branches' own, each asked for alone.
    const national = await points(WINDOW);
    const perBranch = await Promise.all(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO'].map((branch) => points({ ...WINDOW, branch })));
    for (const period of ['2019-05', '2019-06']) {
      const sum = perBranch.reduce((total, months) => total + (months.get(period)?.activeParticipants ?? 0), 0);
      expect(national.get(period)!.activeParticipants).toBe(sum);
    }
    expect(perBranch[2].has('2019-05')).toBe(false);
    expect(perBranch[2].get('2019-06')).toMatchObject({ changeUnavailable: 'PREVIOUS_PERIOD_MISSING' });
  });

  it("mends the gap when an import brings the month back: its refresh takes the month after along", async () => {
    const file = 'branch,period,segment,active_participants,new_participants,lapsed_participants\nMADIUN,2019-05,PU,60000,700,300\n';
    const stored = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from(file) }, fileName: 'mei.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    expect(stored.outcome).toBe('STORED');
    for (const scope of [{}, { region: 'JATIM' }]) {
      const months = await points({ ...WINDOW, ...scope });
      expect(months.get('2019-05')).toMatchObject({ reportingBranches: branches, changeUnavailable: null });
      expect(months.get('2019-06')).toMatchObject({ reportingBranches: branches, changeUnavailable: null });
    }
  });
});
