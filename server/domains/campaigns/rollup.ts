// The campaign rollups: activities pre-aggregated as Cube's pre-aggregations are, in two tables.
// - campaign_rollup: per branch, month, activity type and channel;
// - campaign_national_rollup: the same groups summed over every branch (per month, activity
//   type and channel), for the questions that ask for no branch, region or grouping by either.
// Both hold every measure the campaign questions need, the statistics' second moments included
// (split exactly: moment-terms.ts, SqlDialect.splitTerm), so the answers read from them are the
// activities' answers: the tests compare both paths on both databases. They are kept current
// inside each import's transaction (refreshCampaignRollup) and after seeding.
import type { Knex } from 'knex';
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import { dialectOfKnex } from '../../analytics/dialects/of.ts';
import type { Rollup } from '../../analytics/model.ts';
import { registrationsSquaredTerm, WIDE_MOMENTS } from './moment-terms.ts';

const BRANCH_TABLE = 'campaign_rollup';
const NATIONAL_TABLE = 'campaign_national_rollup';
const GROUP = ['period_index', 'activity', 'channel'];
const BRANCH_KEY = ['branch_code', ...GROUP].join(', ');
const NATIONAL_KEY = GROUP.join(', ');

const MOMENTS = Object.values(WIDE_MOMENTS);
const PARTS = ['high', 'low', 'over'] as const;

/** The columns of a group, past its key. */
const VALUE_COLUMNS = [
  'year', 'month', 'medium', 'activities', 'reach', 'leads', 'registrations', 'cost_idr', 'source_min', 'source_max', 'registrations_sq',
  ...MOMENTS.flatMap((m) => PARTS.map((part) => `${m.column}_${part}`)),
];

/** The moments' parts summed per group; `over` stays NULL while no term passed 2^63. */
const momentSums = (d: SqlDialect) =>
  MOMENTS.flatMap((m) => {
    const p = d.splitTerm(m.sql(d));
    return [`COALESCE(SUM(${p.high}), 0)`, `COALESCE(SUM(${p.low}), 0)`, `SUM(${p.over})`];
  });

/** A branch table's groups from the activities. The smallest and largest source in byte order, as the cube takes them. */
const fromActivities = (d: SqlDialect) => `
  SELECT ${BRANCH_KEY}, MIN(year), MIN(month), MIN(medium), COUNT(*), SUM(reach), SUM(COALESCE(leads, 0)), SUM(registrations), SUM(cost_idr),
    MIN(${d.byteOrder('source')}), MAX(${d.byteOrder('source')}), SUM(${registrationsSquaredTerm(d)}),
    ${momentSums(d).join(', ')}
  FROM campaign_activity`;

/** The national table's groups from the branch table's. */
const fromBranchGroups = (d: SqlDialect) => `
  SELECT ${NATIONAL_KEY}, MIN(year), MIN(month), MIN(medium), SUM(activities), SUM(reach), SUM(leads), SUM(registrations), SUM(cost_idr),
    MIN(${d.byteOrder('source_min')}), MAX(${d.byteOrder('source_max')}), SUM(registrations_sq),
    ${MOMENTS.flatMap((m) => [`SUM(${m.column}_high)`, `SUM(${m.column}_low)`, `SUM(${m.column}_over)`]).join(', ')}
  FROM ${BRANCH_TABLE}`;

async function rebuild(trx: Knex, table: string, key: string, fill: string, where: string, bindings: (string | number)[]): Promise<void> {
  // The same condition picks the groups to drop and the rows to roll up again.
  await trx.raw(`DELETE FROM ${table}${where}`, bindings);
  await trx.raw(`INSERT INTO ${table} (${key}, ${VALUE_COLUMNS.join(', ')}) ${fill}${where} GROUP BY ${key}`, bindings);
}

/**
 * Which groups to rebuild: those that rows of `importId` belong to (a stored import: its new and
 * changed rows carry its id, and the rollup key is part of the activities' natural key, so a
 * changed row stays in its group); one branch's groups, leaving the national table to a
 * `'national'` refresh once every branch is in (a seed, branch by branch); the national table
 * from the branch table; or everything. Run inside the writer's transaction.
 */
export type RollupScope = { importId: number } | { branch: string } | 'national' | 'all';

export async function refreshCampaignRollup(trx: Knex | Knex.Transaction, scope: RollupScope): Promise<void> {
  const d = dialectOfKnex(trx);
  if (scope === 'national') return rebuild(trx, NATIONAL_TABLE, NATIONAL_KEY, fromBranchGroups(d), '', []);
  if (scope === 'all') {
    await rebuild(trx, BRANCH_TABLE, BRANCH_KEY, fromActivities(d), '', []);
    return rebuild(trx, NATIONAL_TABLE, NATIONAL_KEY, fromBranchGroups(d), '', []);
  }
  if ('branch' in scope) return rebuild(trx, BRANCH_TABLE, BRANCH_KEY, fromActivities(d), ' WHERE branch_code = ?', [scope.branch]);
  const imported = (key: string) => ` WHERE (${key}) IN (SELECT ${key} FROM campaign_activity WHERE import_id = ?)`;
  await rebuild(trx, BRANCH_TABLE, BRANCH_KEY, fromActivities(d), imported(BRANCH_KEY), [scope.importId]);
  await rebuild(trx, NATIONAL_TABLE, NATIONAL_KEY, fromBranchGroups(d), imported(NATIONAL_KEY), [scope.importId]);
}

/** How both tables answer the cube's raw measures: aggregates of their groups' sums. */
const MEASURES: Rollup['measures'] = {
  activities: { kind: 'sum', sql: 'activities', type: 'integer' },
  reach: { kind: 'sum', sql: 'reach', type: 'integer' },
  leads: { kind: 'sum', sql: 'leads', type: 'integer' },
  registrations: { kind: 'sum', sql: 'registrations', type: 'integer' },
  costIdr: { kind: 'sum', sql: 'cost_idr', type: 'integer' },
  activityMin: { kind: 'min', sql: 'activity', type: 'text' },
  activityMax: { kind: 'max', sql: 'activity', type: 'text' },
  maxPeriodIndex: { kind: 'max', sql: 'period_index', type: 'integer' },
  sourceMin: { kind: 'min', sql: 'source_min', type: 'text' },
  sourceMax: { kind: 'max', sql: 'source_max', type: 'text' },
  attendees: { kind: 'sum', sql: "CASE WHEN activity = 'SOCIALISATION' THEN reach ELSE 0 END", type: 'integer' },
  impressions: { kind: 'sum', sql: "CASE WHEN activity = 'PROMOTION' THEN reach ELSE 0 END", type: 'integer' },
  registrationsSquared: { kind: 'sum', sql: 'registrations_sq', type: 'integer' },
  ...Object.fromEntries(
    Object.entries(WIDE_MOMENTS).map(([name, m]) => [name, { kind: 'splitSum', high: `${m.column}_high`, low: `${m.column}_low`, over: `${m.column}_over` }]),
  ),
};

/** Per branch: every campaign question but those by staff or segment (the cube's dimensions of the same names and SQL). */
export const branchCampaignRollup: Rollup = {
  table: BRANCH_TABLE,
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: MEASURES,
};

/** Over every branch: the questions that neither name nor group by a branch or an office. */
export const nationalCampaignRollup: Rollup = {
  table: NATIONAL_TABLE,
  dimensions: ['activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: MEASURES,
};
