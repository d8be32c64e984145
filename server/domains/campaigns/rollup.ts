// The campaign rollups: activities pre-aggregated as Cube's pre-aggregations are, in three tables.
// - campaign_rollup: per branch, month, activity type and channel;
// - campaign_year_rollup: the same per branch and whole year, for questions over whole years
//   (or all data) by branch or office;
// - campaign_national_rollup: the month groups summed over every branch, for the questions that
//   ask for no branch, region or grouping by either.
// All hold every measure the campaign questions need, the statistics' second moments included
// (split exactly: moment-terms.ts, SqlDialect.splitTerm), so the answers read from them are the
// activities' answers: the tests compare both paths on both databases. They are kept current
// inside each import's transaction (refreshCampaignRollup) and after seeding.
import type { Knex } from 'knex';
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import { dialectOfKnex } from '../../analytics/dialects/of.ts';
import type { Rollup } from '../../analytics/model.ts';
import { importKeys, refreshRollup, withKeyTable, type RollupFill } from '../../analytics/rollup-refresh.ts';
import { registrationsSquaredTerm, WIDE_MOMENTS } from './moment-terms.ts';

const BRANCH_TABLE = 'campaign_rollup';
const YEAR_TABLE = 'campaign_year_rollup';
const NATIONAL_TABLE = 'campaign_national_rollup';
const BRANCH_KEY = 'branch_code, period_index, activity, channel';
const YEAR_KEY = 'branch_code, year, activity, channel';
const NATIONAL_KEY = 'period_index, activity, channel';

const MOMENTS = Object.values(WIDE_MOMENTS);
const PARTS = ['high', 'low', 'over'] as const;

/** The sums of a group, past its key and time. */
const SUM_COLUMNS = [
  'medium', 'activities', 'reach', 'leads', 'registrations', 'cost_idr', 'source_min', 'source_max', 'registrations_sq',
  ...MOMENTS.flatMap((m) => PARTS.map((part) => `${m.column}_${part}`)),
];
const MONTH_COLUMNS = ['year', 'month', ...SUM_COLUMNS];

/** The moments' parts summed per group; `over` stays NULL while no term passed 2^63. */
const momentSums = (d: SqlDialect) =>
  MOMENTS.flatMap((m) => {
    const p = d.splitTerm(m.sql(d));
    return [`COALESCE(SUM(${p.high}), 0)`, `COALESCE(SUM(${p.low}), 0)`, `SUM(${p.over})`];
  });

/** A branch table's groups from the activities. The smallest and largest source in byte order, as the cube takes them. */
const fromActivities = (d: SqlDialect) => (rows: string) => `
  SELECT ${BRANCH_KEY}, MIN(year), MIN(month), MIN(medium), COUNT(*), SUM(reach), SUM(COALESCE(leads, 0)), SUM(registrations), SUM(cost_idr),
    MIN(${d.byteOrder('source')}), MAX(${d.byteOrder('source')}), SUM(${registrationsSquaredTerm(d)}),
    ${momentSums(d).join(', ')}
  FROM ${rows} GROUP BY ${BRANCH_KEY}`;

/** Sums of the branch table's groups (after the key and time columns of the table filled). */
const sumsOfGroups = (d: SqlDialect) =>
  [
    'MIN(medium)', 'SUM(activities)', 'SUM(reach)', 'SUM(leads)', 'SUM(registrations)', 'SUM(cost_idr)',
    `MIN(${d.byteOrder('source_min')})`, `MAX(${d.byteOrder('source_max')})`, 'SUM(registrations_sq)',
    ...MOMENTS.flatMap((m) => PARTS.map((part) => `SUM(${m.column}_${part})`)),
  ].join(', ');

/** The national table's groups from the branch table's. */
const nationalFromGroups = (d: SqlDialect) => (rows: string) =>
  `SELECT ${NATIONAL_KEY}, MIN(year), MIN(month), ${sumsOfGroups(d)} FROM ${rows} GROUP BY ${NATIONAL_KEY}`;

/** The year table's groups from the branch table's. */
const yearFromGroups = (d: SqlDialect) => (rows: string) =>
  `SELECT ${YEAR_KEY}, MAX(period_index), ${sumsOfGroups(d)} FROM ${rows} GROUP BY ${YEAR_KEY}`;

const columnsOf = (key: string) => key.split(', ');

const fills = (d: SqlDialect) => ({
  branch: { table: BRANCH_TABLE, key: columnsOf(BRANCH_KEY), columns: MONTH_COLUMNS, source: 'campaign_activity', select: fromActivities(d) },
  year: { table: YEAR_TABLE, key: columnsOf(YEAR_KEY), columns: ['max_period_index', ...SUM_COLUMNS], source: BRANCH_TABLE, select: yearFromGroups(d) },
  national: { table: NATIONAL_TABLE, key: columnsOf(NATIONAL_KEY), columns: MONTH_COLUMNS, source: BRANCH_TABLE, select: nationalFromGroups(d) },
}) satisfies Record<string, RollupFill>;

/**
 * Which groups to rebuild: those that rows of `importId` belong to (a stored import: its new and
 * changed rows carry its id, and each rollup key is made of the activities' natural key, so a
 * changed row stays in its groups); one branch's groups, leaving the national table to a
 * `'national'` refresh once every branch is in (a seed, branch by branch); the national table
 * alone; or everything. Run inside the writer's transaction. The year and national tables are
 * made from the branch table's groups, so it goes first.
 */
export type RollupScope = { importId: number } | { branch: string } | 'national' | 'all';

export async function refreshCampaignRollup(trx: Knex | Knex.Transaction, scope: RollupScope): Promise<void> {
  const tables = fills(dialectOfKnex(trx));
  if (scope === 'national') return refreshRollup(trx, tables.national, 'all');
  if (scope === 'all') {
    for (const table of [tables.branch, tables.year, tables.national]) await refreshRollup(trx, table, 'all');
    return;
  }
  if ('branch' in scope) {
    for (const table of [tables.branch, tables.year]) await refreshRollup(trx, table, { where: 'branch_code = ?', bindings: [scope.branch] });
    return;
  }
  // The import's month groups, read once from its rows; the year and national groups are those
  // of the month groups just rebuilt.
  await withKeyTable(trx, 'campaign_refresh_keys', importKeys('campaign_activity', tables.branch.key, scope.importId), async (monthKeys) => {
    await refreshRollup(trx, tables.branch, { keyTable: monthKeys });
    await refreshRollup(trx, tables.year, { keys: `SELECT ${YEAR_KEY} FROM ${BRANCH_TABLE} JOIN ${monthKeys} USING (${BRANCH_KEY})` });
    await refreshRollup(trx, tables.national, { keys: `SELECT ${NATIONAL_KEY} FROM ${monthKeys}` });
  });
}

/** How the tables answer the cube's raw measures: aggregates of their groups' sums. */
const measures = (latestMonth: string): Rollup['measures'] => ({
  activities: { kind: 'sum', sql: 'activities', type: 'integer' },
  reach: { kind: 'sum', sql: 'reach', type: 'integer' },
  leads: { kind: 'sum', sql: 'leads', type: 'integer' },
  registrations: { kind: 'sum', sql: 'registrations', type: 'integer' },
  costIdr: { kind: 'sum', sql: 'cost_idr', type: 'integer' },
  activityMin: { kind: 'min', sql: 'activity', type: 'text' },
  activityMax: { kind: 'max', sql: 'activity', type: 'text' },
  maxPeriodIndex: { kind: 'max', sql: latestMonth, type: 'integer' },
  sourceMin: { kind: 'min', sql: 'source_min', type: 'text' },
  sourceMax: { kind: 'max', sql: 'source_max', type: 'text' },
  attendees: { kind: 'sum', sql: "CASE WHEN activity = 'SOCIALISATION' THEN reach ELSE 0 END", type: 'integer' },
  impressions: { kind: 'sum', sql: "CASE WHEN activity = 'PROMOTION' THEN reach ELSE 0 END", type: 'integer' },
  registrationsSquared: { kind: 'sum', sql: 'registrations_sq', type: 'integer' },
  ...Object.fromEntries(
    Object.entries(WIDE_MOMENTS).map(([name, m]) => [name, { kind: 'splitSum', high: `${m.column}_high`, low: `${m.column}_low`, over: `${m.column}_over` }]),
  ),
});

/** Per branch and month: every campaign question but those by staff or segment (the cube's dimensions of the same names and SQL). */
export const branchCampaignRollup: Rollup = {
  table: BRANCH_TABLE,
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: measures('period_index'),
};

/** Per branch and whole year: the same questions over whole years, but by quarter or month. */
export const yearCampaignRollup: Rollup = {
  table: YEAR_TABLE,
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex', 'YEAR'],
  measures: measures('max_period_index'),
  grain: 'year',
  // A year's first month: a filter from a January to a December holds exactly its years.
  dimensionSql: { periodIndex: { sql: 'year * 12' } },
};

/** Over every branch and per month: the questions that neither name nor group by a branch or an office. */
export const nationalCampaignRollup: Rollup = {
  table: NATIONAL_TABLE,
  dimensions: ['activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: measures('period_index'),
};
