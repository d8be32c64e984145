// The branches' days: campaign activities per branch, day and activity type
// (campaign_branch_day_rollup), for the questions of a branch, an office or by branch by ISO
// week or over weeks, which no month table answers (a week cuts its months) and which read the
// activities otherwise: the weekly review's last week of every branch, the days at the ends of a
// range of weeks (run.ts planParts). No channel: a branch's activities of a day fall into one or
// two groups (about three activities to a group at national scale), where one per channel as
// well would hold nearly every activity alone.
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import type { Rollup } from '../../analytics/model.ts';
import type { RollupFill } from '../../analytics/rollup-refresh.ts';
import { groupSums, rollupMeasures } from './rollup-sums.ts';

const TABLE = 'campaign_branch_day_rollup';
/** Its key, which an activity's natural key holds (a correction stays in its group). */
export const BRANCH_DAY_KEY = ['branch_code', 'date', 'activity'] as const;

/** The day groups from the activities. */
export function branchDayFill(d: SqlDialect): RollupFill {
  const sums = groupSums(d, { medium: false });
  const key = BRANCH_DAY_KEY.join(', ');
  return {
    table: TABLE, key: BRANCH_DAY_KEY, columns: ['period_index', 'year', 'month', ...sums.map((s) => s.column)], source: 'campaign_activity',
    select: (rows) => `SELECT ${key}, MIN(period_index), MIN(year), MIN(month), ${sums.map((s) => s.ofActivities).join(', ')} FROM ${rows} GROUP BY ${key}`,
  };
}

/** Per branch and day: the questions by week or over weeks that name or group by a branch or an office (not by channel, medium, staff or segment). */
export const branchDayCampaignRollup: Rollup = {
  table: TABLE,
  dimensions: ['branch', 'activityType', 'ACTIVITY', 'BRANCH', 'REGION', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH', 'day', 'WEEK'],
  measures: rollupMeasures('period_index'),
};
