// The campaign rollups answer what they can with exactly the activities' answer, the
// statistics' second moments included: every grouping they hold, over the nation, branches, a
// region, activity types and periods, on both databases, after the seed and after imports that
// add and correct activities inside their own transaction (a correction may move an activity to
// another segment's group). A question they cannot answer (by channel and staff, a branch's
// days by channel) reads the activities; the nation's weeks read its day table, the branches'
// their days' table; a range of weeks reads its whole months from a month table and only the days
// at its ends from the days'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CubeQuery, Filter } from '../../server/analytics/model.ts';
import { compiledPlan, planQuery, plannedTables, runQuery } from '../../server/analytics/run.ts';
import { dialectOf } from '../../server/analytics/dialects/of.ts';
import { dayNumber } from '../../server/analytics/periods.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { campaignCube, REACH_ANSWER_MEASURES } from '../../server/domains/campaigns/cube.ts';
import { MOMENT_MEASURES } from '../../server/domains/campaigns/moments.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const GROUPINGS = ['CHANNEL', 'ACTIVITY', 'MEDIUM', 'MONTH', 'QUARTER', 'YEAR', 'WEEK', 'BRANCH', 'REGION', 'STAFF', 'SEGMENT'];
const MEASURES = [...REACH_ANSWER_MEASURES, ...MOMENT_MEASURES, 'registrationsSquared', 'maxPeriodIndex', 'conversionRate', 'costPerRegistration'];
/** The groupings only the branch tables hold: a question by them, or naming a branch, is never national. */
const BY_BRANCH = ['BRANCH', 'REGION', 'STAFF', 'SEGMENT'];
/** The groupings only the staff tables hold. */
const BY_STAFF = ['STAFF', 'SEGMENT'];
/** What only the day tables hold (a week cuts its months). */
const BY_DAY = ['day', 'WEEK'];

/**
 * The tables a question should be read from: a range of days that holds whole months in parts
 * (the months', then the days' at each end it cuts), else the one table expectedTable says.
 */
function expectedTables(query: CubeQuery): string[] {
  const whole = expectedTable(query);
  const range = query.filters?.find((f) => f.member === 'day');
  if (range?.op === 'between' && !query.dimensions.includes('WEEK')) {
    // A range of days holding whole months: those from a month table, the ends from the table of the days.
    const split = wholeMonthsOf(range);
    if (split) {
      const others = (query.filters ?? []).filter((f) => f.member !== 'day' && f.member !== 'periodIndex');
      const months = expectedTable({ ...query, filters: [...others, { member: 'periodIndex', op: 'between', from: split.from, to: split.to }] });
      if (months !== 'campaign_activity' && months !== whole) return [months, ...split.ends.map(() => whole)];
    }
  }
  return [whole];
}

/** The whole months in a range of days (worked out by hand here: periods.ts splitDays is what is tested), and how many ends cut a month. */
function wholeMonthsOf(range: Filter & { op: 'between' }): { from: number; to: number; ends: number[] } | null {
  const [first, last] = [new Date(range.from! * 86_400_000), new Date(range.to! * 86_400_000)];
  const monthOf = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  const cutsStart = first.getUTCDate() !== 1;
  const cutsEnd = new Date((range.to! + 1) * 86_400_000).getUTCDate() !== 1;
  const [from, to] = [monthOf(first) + (cutsStart ? 1 : 0), monthOf(last) - (cutsEnd ? 1 : 0)];
  return from <= to ? { from, to, ends: [cutsStart, cutsEnd].filter(Boolean).map(Number) } : null;
}

/**
 * The rollup a question should be read from whole: the national table (its days by week or over
 * days), else the branches' days by week or over days (the activities by channel, medium, staff
 * or segment), else all data per branch (but by a time bucket), else whole years per branch,
 * else months per branch; by staff or segment, the staff tables' years, else their months (and
 * the activities by channel or medium too).
 */
function expectedTable(query: CubeQuery): string {
  const members = [...query.dimensions, ...(query.filters ?? []).map((f) => f.member)];
  const days = members.some((m) => BY_DAY.includes(m));
  if (!members.some((m) => m === 'branch' || BY_BRANCH.includes(m))) return days ? 'campaign_national_day_rollup' : 'campaign_national_rollup';
  // The branches' days have no channel, medium, staff or segment.
  if (days) return members.some((m) => BY_STAFF.includes(m) || m === 'CHANNEL' || m === 'MEDIUM') ? 'campaign_activity' : 'campaign_branch_day_rollup';
  const period = query.filters?.find((f) => f.member === 'periodIndex');
  const wholeYears = !period || (period.op === 'between' && (period.from === undefined || period.from % 12 === 0) && (period.to === undefined || period.to % 12 === 11));
  const allTime = !period || (period.op === 'between' && period.from === undefined && period.to === undefined);
  const years = wholeYears && !query.dimensions.some((g) => g === 'QUARTER' || g === 'MONTH' || g === 'periodIndex');
  const total = allTime && !query.dimensions.some((g) => g === 'YEAR' || g === 'QUARTER' || g === 'MONTH' || g === 'periodIndex');
  if (members.some((m) => BY_STAFF.includes(m))) {
    // The staff tables have no channel: by channel or medium as well, only the activities answer.
    if (members.some((m) => m === 'CHANNEL' || m === 'MEDIUM')) return 'campaign_activity';
    return years ? 'campaign_staff_year_rollup' : 'campaign_staff_rollup';
  }
  return total ? 'campaign_branch_total_rollup' : years ? 'campaign_year_rollup' : 'campaign_rollup';
}

function queries(): CubeQuery[] {
  const scopes: Filter[][] = [
    [],
    [{ member: 'branch', op: 'equals', value: 'MADIUN' }],
    [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }],
    [{ member: 'activityType', op: 'equals', value: 'PROMOTION' }, { member: 'periodIndex', op: 'between', from: 2023 * 12, to: 2024 * 12 + 5 }],
    [{ member: 'branch', op: 'in', values: ['MADIUN', 'KEDIRI'] }, { member: 'periodIndex', op: 'between', from: 2022 * 12, to: 2024 * 12 + 11 }],
    [{ member: 'periodIndex', op: 'between', to: 2023 * 12 + 11 }],
    // All data, as campaignFilters asks for it: a range open at both ends.
    [{ member: 'periodIndex', op: 'between' }],
    [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] }, { member: 'periodIndex', op: 'between' }],
    [{ member: 'SEGMENT', op: 'equals', value: 'BPU' }, { member: 'periodIndex', op: 'between', from: 2024 * 12, to: 2024 * 12 + 11 }],
    // 2024-W11 to 2024-W14 as periods.ts gives it: its months, cut to its days.
    [{ member: 'periodIndex', op: 'between', from: 2024 * 12 + 2, to: 2024 * 12 + 3 }, { member: 'day', op: 'between', from: dayNumber('2024-03-11'), to: dayNumber('2024-04-07') }],
    [{ member: 'branch', op: 'equals', value: 'KEDIRI' }, { member: 'periodIndex', op: 'between', from: 2024 * 12 + 2, to: 2024 * 12 + 3 }, { member: 'day', op: 'between', from: dayNumber('2024-03-11'), to: dayNumber('2024-04-07') }],
    // 2024-W11 to 2024-W22 (11 March to 2 June): April and May whole, the ends from the activities.
    ...[[], [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] } as Filter], [{ member: 'activityType', op: 'equals', value: 'PROMOTION' } as Filter]].map((scope): Filter[] => [
      ...scope,
      { member: 'periodIndex', op: 'between', from: 2024 * 12 + 2, to: 2024 * 12 + 5 },
      { member: 'day', op: 'between', from: dayNumber('2024-03-11'), to: dayNumber('2024-06-02') },
    ]),
    // 2024-W01 to 2024-W13 (1 January, a Monday, to 31 March, a Sunday): whole months alone, from the month tables.
    ...[[], [{ member: 'branch', op: 'in', values: ['KEDIRI', 'BLITAR'] } as Filter]].map((scope): Filter[] => [
      ...scope,
      { member: 'periodIndex', op: 'between', from: 2024 * 12, to: 2024 * 12 + 2 },
      { member: 'day', op: 'between', from: dayNumber('2024-01-01'), to: dayNumber('2024-03-31') },
    ]),
    // 2024-W01 to 2024-W09 (1 January, a Monday, to 3 March): January and February whole, one end.
    [{ member: 'SEGMENT', op: 'equals', value: 'PU' }, { member: 'periodIndex', op: 'between', from: 2024 * 12, to: 2024 * 12 + 2 }, { member: 'day', op: 'between', from: dayNumber('2024-01-01'), to: dayNumber('2024-03-03') }],
  ];
  const year2024: Filter = { member: 'periodIndex', op: 'between', from: 2024 * 12, to: 2024 * 12 + 11 };
  return [
    ...scopes.flatMap((filters) => [
      ...GROUPINGS.map((g) => ({ dimensions: g === 'CHANNEL' ? [g, 'ACTIVITY'] : [g], measures: [...MEASURES], filters })),
      { dimensions: [], measures: [...MEASURES], filters },
    ]),
    // The targets' staff months (targets/monthly.ts), over the nation and a region's branches.
    { dimensions: ['branch', 'STAFF', 'periodIndex'], measures: ['registrations'], filters: [year2024] },
    { dimensions: ['branch', 'STAFF', 'periodIndex'], measures: ['registrations'], filters: [year2024, { member: 'branch', op: 'in', values: ['MADIUN', 'PONOROGO'] }] },
    { dimensions: ['REGION', 'SEGMENT'], measures: [...MEASURES], filters: [year2024] },
    { dimensions: ['STAFF', 'MONTH'], measures: [...MEASURES], filters: [{ member: 'activityType', op: 'equals', value: 'SOCIALISATION' }] },
  ];
}

describe.each(availableDialects())('campaign rollup on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await seedDemoDataIfEmpty(db);
  });
  afterAll(() => db?.close());

  const answer = async (query: CubeQuery, raw: boolean) => ({ tables: plannedTables(campaignCube, query, dialectOf(db), { raw }), rows: await runQuery(db, campaignCube, query, { raw }) });

  const expectSameAnswers = async () => {
    for (const query of queries()) {
      const [rolled, raw] = await Promise.all([answer(query, false), answer(query, true)]);
      expect(rolled.tables, JSON.stringify(query)).toEqual(expectedTables(query));
      expect(raw.tables).toEqual(['campaign_activity']);
      // And its SQL reads those tables, no other.
      const read = [...compiledPlan(campaignCube, query, dialectOf(db), false).sql.matchAll(/FROM "(campaign_\w+)"/g)].map((m) => m[1]);
      expect(read, JSON.stringify(query)).toEqual(rolled.tables);
      expect(rolled.rows, JSON.stringify(query)).toEqual(raw.rows);
    }
  };

  it('answers every grouping it holds exactly as the activities do', async () => {
    await expectSameAnswers();
  });

  it("leaves to the activities what it does not hold: channels or media by staff or segment, a branch's days by channel", () => {
    expect(planQuery(campaignCube, { dimensions: ['STAFF'], measures: ['reach'], filters: [{ member: 'CHANNEL', op: 'equals', value: 'RADIO' }] }).table).toBe('campaign_activity');
    expect(planQuery(campaignCube, { dimensions: ['MEDIUM'], measures: ['reach'], filters: [{ member: 'SEGMENT', op: 'equals', value: 'PU' }] }).table).toBe('campaign_activity');
    expect(planQuery(campaignCube, { dimensions: ['STAFF'], measures: ['reach'], filters: [{ member: 'day', op: 'between', from: 1, to: 9 }] }).table).toBe('campaign_activity');
    expect(planQuery(campaignCube, { dimensions: ['CHANNEL'], measures: ['reach'], filters: [{ member: 'branch', op: 'equals', value: 'MADIUN' }, { member: 'day', op: 'between', from: 1, to: 9 }] }).table).toBe('campaign_activity');
    // A branch's weeks without a channel: its days' table.
    expect(planQuery(campaignCube, { dimensions: ['WEEK'], measures: ['reach'], filters: [{ member: 'branch', op: 'equals', value: 'MADIUN' }] }).table).toBe('campaign_branch_day_rollup');
    expect(planQuery(campaignCube, { dimensions: ['STAFF'], measures: ['reach'] }).table).toBe('campaign_staff_year_rollup');
    expect(planQuery(campaignCube, { dimensions: ['ACTIVITY'], measures: ['costSquared'] }).table).toBe('campaign_national_rollup');
    // Grouped by the month index of a branch: the month tables, never the years'.
    expect(planQuery(campaignCube, { dimensions: ['branch', 'periodIndex'], measures: ['reach'] }).table).toBe('campaign_rollup');
    expect(planQuery(campaignCube, { dimensions: ['branch', 'STAFF', 'periodIndex'], measures: ['registrations'] }).table).toBe('campaign_staff_rollup');
  });

  it('stays exact after an import that corrects stored activities and adds new ones, and after a rejected one', async () => {
    const [row] = await db.knex('campaign_activity').where({ branch_code: 'MADIUN' }).orderBy('id').limit(1).select('*');
    // A staff member's activity moved to the other segment: its old segment's group changes too.
    const [moved] = await db.knex('campaign_activity').where({ branch_code: 'KEDIRI' }).whereNot({ staff_code: '' }).whereNot({ segment: '' }).orderBy('id').limit(1).select('*');
    const correction = [
      'branch,date,activity,channel,reach,registrations,name,cost_idr,segment,staff',
      `MADIUN,${row.date},${row.activity},${row.channel},${Number(row.reach) + 1000},${row.registrations},${row.name},${row.cost_idr},${row.segment},${row.staff_code}`,
      `KEDIRI,${moved.date},${moved.activity},${moved.channel},${moved.reach},${moved.registrations},${moved.name},${moved.cost_idr},${moved.segment === 'PU' ? 'BPU' : 'PU'},${moved.staff_code}`,
      'KEDIRI,2025-11-03,PROMOTION,RADIO,5000,40,Spot baru,2500000,PU,',
      'PONOROGO,2025-11-04,SOCIALISATION,ZOOM,80,9,Sesi baru,0,BPU,',
    ].join('\n');
    const stored = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from(correction) }, fileName: 'koreksi.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    expect(stored).toMatchObject({ outcome: 'STORED', storedRows: 4 });
    await expectSameAnswers();

    const tables = ['campaign_rollup', 'campaign_national_rollup', 'campaign_national_day_rollup', 'campaign_year_rollup', 'campaign_branch_total_rollup', 'campaign_staff_rollup', 'campaign_staff_year_rollup', 'campaign_branch_day_rollup'];
    const counts = () => Promise.all(tables.map((t) => db.knex(t).count({ n: '*' }).first()));
    const before = await counts();
    const rejected = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from('branch,date,activity,channel,reach,registrations\nBLITAR,2025-11-05,PROMOTION,RADIO,10,50\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    expect(await counts()).toEqual(before);
    await expectSameAnswers();
  });

  it('stays exact after the first import into an empty database, and after one that adds to it', async () => {
    const empty = await openDatabase(await freshTarget(dialect));
    try {
      const branches = await importFile(empty, { kind: 'branches', source: { buffer: Buffer.from('code,name\nMADIUN,Kantor Cabang Madiun\nKEDIRI,Kantor Cabang Kediri\n') }, fileName: 'kc.csv', actor: 'test' });
      expect(branches.problems).toEqual([]);
      // 2022 to 2025, so that every scope of the questions holds activities.
      const activity = (i: number) =>
        `${i % 2 ? 'MADIUN' : 'KEDIRI'},${2022 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')},${i % 3 ? 'PROMOTION,RADIO' : 'SOCIALISATION,ZOOM'},${100 + i},${i % 7},Kegiatan ${i},${i * 1000},${i % 5 ? 'PU' : 'BPU'},AR${i % 7}`;
      const file = (from: number, to: number) => ['branch,date,activity,channel,reach,registrations,name,cost_idr,segment,staff', ...Array.from({ length: to - from }, (_, k) => activity(from + k))].join('\n');
      for (const [from, to] of [[0, 300], [300, 320]]) {
        const stored = await importFile(empty, { kind: 'campaigns', source: { buffer: Buffer.from(file(from, to)) }, fileName: 'kegiatan.csv', actor: 'test' });
        expect(stored.problems).toEqual([]);
        for (const query of queries()) {
          const [rolled, raw] = await Promise.all([runQuery(empty, campaignCube, query), runQuery(empty, campaignCube, query, { raw: true })]);
          expect(rolled, JSON.stringify(query)).toEqual(raw);
        }
      }
    } finally {
      await empty.close();
    }
  });

  it('sums the moments of a cost past 3·10⁹ Rupiah (its square passes 2^63): exactly on PostgreSQL, within a rounding on SQLite', async () => {
    const file = 'branch,date,activity,channel,reach,registrations,name,cost_idr\nMADIUN,2025-12-01,PROMOTION,TELEVISION,900000,300,Iklan nasional,5000000000\n';
    const stored = await importFile(db, { kind: 'campaigns', source: { buffer: Buffer.from(file) }, fileName: 'tv.csv', actor: 'test' });
    expect(stored.problems).toEqual([]);
    const measures = ['costSquared', 'costTimesRegistrations', 'reachSquared'];
    // The nation from its rollup; and Madiun's 2025-W44 to 2026-W01 (27 October to 4 January),
    // its whole November and December (the activity among them) from the months' rollup, its
    // ends from its days'.
    const weeks: Filter[] = [
      { member: 'branch', op: 'equals', value: 'MADIUN' },
      { member: 'periodIndex', op: 'between', from: 2025 * 12 + 9, to: 2026 * 12 },
      { member: 'day', op: 'between', from: dayNumber('2025-10-27'), to: dayNumber('2026-01-04') },
    ];
    for (const [query, tables] of [
      [{ dimensions: ['ACTIVITY'], measures }, ['campaign_national_rollup']],
      [{ dimensions: ['ACTIVITY'], measures, filters: weeks }, ['campaign_rollup', 'campaign_branch_day_rollup', 'campaign_branch_day_rollup']],
    ] as [CubeQuery, string[]][]) {
      const [rolled, raw] = await Promise.all([answer(query, false), answer(query, true)]);
      expect(rolled.tables).toEqual(tables);
      const promotion = (rows: Record<string, unknown>[]) => rows.find((r) => r.ACTIVITY === 'PROMOTION')!;
      const [r, a] = [promotion(rolled.rows), promotion(raw.rows)];
      expect(Number(a.costSquared)).toBeGreaterThan(2 ** 63);
      for (const m of measures) {
        if (dialect === 'postgresql' || m === 'reachSquared') expect(r[m], m).toEqual(a[m]);
        else expect(Math.abs(Number(r[m]) - Number(a[m])) / Number(a[m]), m).toBeLessThan(1e-15);
      }
    }
  });
});
