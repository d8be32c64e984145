// The campaign rollup (table campaign_rollup): activities pre-aggregated per branch, month,
// activity type and channel, as Cube's pre-aggregations are. Kept current inside each import's
// transaction (refreshCampaignRollup) and after seeding, and read by the cube compiler for every
// question it can answer (the rollup's dimensions and measures below), with the same answer as
// from the activities: the tests compare both paths on both databases.
import type { Knex } from 'knex';
import type { Rollup } from '../../analytics/model.ts';

/** The rollup's columns from the activities' (one group per rollup key). */
const FILL = `
  SELECT branch_code, period_index, activity, channel, MIN(year) AS year, MIN(month) AS month, MIN(medium) AS medium,
    COUNT(*) AS activities, SUM(reach) AS reach, SUM(COALESCE(leads, 0)) AS leads, SUM(registrations) AS registrations,
    SUM(cost_idr) AS cost_idr, MIN(source) AS source_min, MAX(source) AS source_max
  FROM campaign_activity`;
const COLUMNS = 'branch_code, period_index, activity, channel, year, month, medium, activities, reach, leads, registrations, cost_idr, source_min, source_max';
const KEY = 'branch_code, period_index, activity, channel';

/**
 * Rebuilds the rollup's groups that rows of `importId` belong to (a stored import: its new and
 * changed rows carry its id, and the rollup key is part of the activities' natural key, so a
 * changed row stays in its group), or one branch's groups (a seed), or every group. Run inside
 * the writer's transaction.
 */
export async function refreshCampaignRollup(trx: Knex | Knex.Transaction, scope: { importId: number } | { branch: string } | 'all'): Promise<void> {
  // The same condition picks the groups to drop and the activities to roll up again.
  const [where, bindings]: [string, (string | number)[]] =
    scope === 'all' ? ['', []]
    : 'branch' in scope ? [' WHERE branch_code = ?', [scope.branch]]
    : [` WHERE (${KEY}) IN (SELECT ${KEY} FROM campaign_activity WHERE import_id = ?)`, [scope.importId]];
  await trx.raw(`DELETE FROM campaign_rollup${where}`, bindings);
  await trx.raw(`INSERT INTO campaign_rollup (${COLUMNS}) ${FILL}${where} GROUP BY ${KEY}`, bindings);
}

/**
 * What the rollup answers for the campaign cube: its dimensions (same names and SQL as the
 * cube's, over columns of the same names) and its measures as aggregates of the rollup's sums.
 */
export const campaignRollup: Rollup = {
  table: 'campaign_rollup',
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: {
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
  },
};
