// The campaign rollups answer what they can with exactly the activities' answer, the
// statistics' second moments included: every grouping they hold, over the nation, branches, a
// region, activity types and periods, on both databases, after the seed and after imports that
// add and correct activities inside their own transaction. A question they cannot answer (by
// staff, by segment) reads the activities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CubeQuery, Filter } from '../../server/analytics/model.ts';
import { planQuery, runQuery } from '../../server/analytics/run.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { campaignCube, REACH_ANSWER_MEASURES } from '../../server/domains/campaigns/cube.ts';
import { MOMENT_MEASURES } from '../../server/domains/campaigns/moments.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const GROUPINGS = ['CHANNEL', 'ACTIVITY', 'MEDIUM', 'MONTH', 'QUARTER', 'YEAR', 'BRANCH', 'REGION'];
const MEASURES = [...REACH_ANSWER_MEASURES, ...MOMENT_MEASURES, 'registrationsSquared', 'maxPeriodIndex', 'conversionRate', 'costPerRegistration'];
/** The groupings only the branch tables hold: a question by them, or naming a branch, is never national. */
const BY_BRANCH = ['BRANCH', 'REGION'];

/** The rollup a question should be read from: the national table, else whole years per branch, else months per branch. */
function expectedTable(query: CubeQuery): string {
  if (!query.filters?.some((f) => f.member === 'branch') && !query.dimensions.some((g) => BY_BRANCH.includes(g))) return 'campaign_national_rollup';
  const period = query.filters?.find((f) => f.member === 'periodIndex');
  const wholeYears = !period || (period.op === 'between' && (period.from === undefined || period.from % 12 === 0) && (period.to === undefined || period.to % 12 === 11));
  return wholeYears && !query.dimensions.some((g) => g === 'QUARTER' || g === 'MONTH') ? 'campaign_year_rollup' : 'campaign_rollup';
}

function queries(): CubeQuery[] {
  const scopes: Filter[][] = [
    [],
    [{ member: 'branch', op: 'equals', value: 'MADIUN' }],
    [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }],
    [{ member: 'activityType', op: 'equals', value: 'PROMOTION' }, { member: 'periodIndex', op: 'between', from: 2023 * 12, to: 2024 * 12 + 5 }],
    [{ member: 'branch', op: 'in', values: ['MADIUN', 'KEDIRI'] }, { member: 'periodIndex', op: 'between', from: 2022 * 12, to: 2024 * 12 + 11 }],
    [{ member: 'periodIndex', op: 'between', to: 2023 * 12 + 11 }],
  ];
  return scopes.flatMap((filters) => [
    ...GROUPINGS.map((g) => ({ dimensions: g === 'CHANNEL' ? [g, 'ACTIVITY'] : [g], measures: [...MEASURES], filters })),
    { dimensions: [], measures: [...MEASURES], filters },
  ]);
}

describe.each(availableDialects())('campaign rollup on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
  });
  afterAll(() => db?.close());

  const answer = async (query: CubeQuery, raw: boolean) => ({ table: planQuery(campaignCube, query, { raw }).table, rows: await runQuery(db, campaignCube, query, { raw }) });

  const expectSameAnswers = async () => {
    for (const query of queries()) {
      const [rolled, raw] = await Promise.all([answer(query, false), answer(query, true)]);
      expect(rolled.table, JSON.stringify(query)).toBe(expectedTable(query));
      expect(raw.table).toBe('campaign_activity');
      expect(rolled.rows, JSON.stringify(query)).toEqual(raw.rows);
    }
  };

  it('answers every grouping it holds exactly as the activities do', async () => {
    await expectSameAnswers();
  });

  it('leaves to the activities what it does not hold: staff and segment', () => {
    expect(planQuery(campaignCube, { dimensions: ['STAFF'], measures: ['reach'] }).table).toBe('campaign_activity');
    expect(planQuery(campaignCube, { dimensions: ['CHANNEL'], measures: ['reach'], filters: [{ member: 'SEGMENT', op: 'equals', value: 'PU' }] }).table).toBe('campaign_activity');
    expect(planQuery(campaignCube, { dimensions: ['ACTIVITY'], measures: ['costSquared'] }).table).toBe('campaign_national_rollup');
    // Grouped by the month index of a branch: the month table, never the years'.
    expect(planQuery(campaignCube, { dimensions: ['branch', 'periodIndex'], measures: ['reach'] }).table).toBe('campaign_rollup');
  });

  it('stays exact after an import that corrects stored activities and adds new ones, and after a rejected one', async () => {
    const [row] = await db.knex('campaign_activity').where({ branch_code: 'MADIUN' }).orderBy('id').limit(1).select('*');
    const correction = [
      'branch,date,activity,channel,reach,registrations,name,cost_idr,segment,staff',
      `MADIUN,${row.date},${row.activity},${row.channel},${Number(row.reach) + 1000},${row.registrations},${row.name},${row.cost_idr},${row.segment},${row.staff_code}`,
      'KEDIRI,2025-11-03,PROMOTION,RADIO,5000,40,Spot baru,2500000,PU,',
      'PONOROGO,2025-11-04,SOCIALISATION,ZOOM,80,9,Sesi baru,0,BPU,',
    ].join('\n');
    const stored = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from(correction) }, fileName: 'koreksi.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    expect(stored).toMatchObject({ outcome: 'STORED', storedRows: 3 });
    await expectSameAnswers();

    const before = await db.knex('campaign_rollup').count({ n: '*' }).first();
    const beforeNational = await db.knex('campaign_national_rollup').count({ n: '*' }).first();
    const beforeYears = await db.knex('campaign_year_rollup').count({ n: '*' }).first();
    const rejected = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from('branch,date,activity,channel,reach,registrations\nBLITAR,2025-11-05,PROMOTION,RADIO,10,50\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    expect(await db.knex('campaign_rollup').count({ n: '*' }).first()).toEqual(before);
    expect(await db.knex('campaign_national_rollup').count({ n: '*' }).first()).toEqual(beforeNational);
    expect(await db.knex('campaign_year_rollup').count({ n: '*' }).first()).toEqual(beforeYears);
    await expectSameAnswers();
  });

  it('sums the moments of a cost past 3·10⁹ Rupiah (its square passes 2^63): exactly on PostgreSQL, within a rounding on SQLite', async () => {
    const file = 'branch,date,activity,channel,reach,registrations,name,cost_idr\nMADIUN,2025-12-01,PROMOTION,TELEVISION,900000,300,Iklan nasional,5000000000\n';
    const stored = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from(file) }, fileName: 'tv.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    const query: CubeQuery = { dimensions: ['ACTIVITY'], measures: ['costSquared', 'costTimesRegistrations', 'reachSquared'] };
    const [rolled, raw] = await Promise.all([answer(query, false), answer(query, true)]);
    expect(rolled.table).toBe('campaign_national_rollup');
    const promotion = (rows: Record<string, unknown>[]) => rows.find((r) => r.ACTIVITY === 'PROMOTION')!;
    const [r, a] = [promotion(rolled.rows), promotion(raw.rows)];
    expect(Number(a.costSquared)).toBeGreaterThan(2 ** 63);
    for (const m of ['costSquared', 'costTimesRegistrations', 'reachSquared']) {
      if (dialect === 'postgresql' || m === 'reachSquared') expect(r[m], m).toEqual(a[m]);
      else expect(Math.abs(Number(r[m]) - Number(a[m])) / Number(a[m]), m).toBeLessThan(1e-15);
    }
  });
});
