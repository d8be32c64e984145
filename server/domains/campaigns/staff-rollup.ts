// The campaign rollups by staff member and segment: per branch, month, activity type, staff
// member and segment (campaign_staff_rollup), and the same per whole year
// (campaign_staff_year_rollup). They answer the questions the channel tables (rollup.ts) cannot:
// reach by staff or segment and the targets by staff, over an office or the nation, which read
// every activity otherwise. No channel: a staff member's activities of a month fall into one
// group per type and segment (at national scale about 28 activities to a month group, 330 to a
// year group), where one per channel as well would hold several times as many.
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import type { Rollup } from '../../analytics/model.ts';
import type { RollupFill } from '../../analytics/rollup-refresh.ts';
import { groupSums, rollupMeasures } from './rollup-sums.ts';

const MONTH_TABLE = 'campaign_staff_rollup';
const YEAR_TABLE = 'campaign_staff_year_rollup';

/**
 * Which groups a refresh rebuilds: every staff group of a branch's month (or year) and activity
 * type. Not the group's own key: an activity's segment is no part of its natural key, so a
 * correction may move it to another segment's group, which is among these.
 */
export const STAFF_KEY_COLUMNS = { month: 'branch_code, period_index, activity', year: 'branch_code, year, activity' };

const GROUP = { month: `${STAFF_KEY_COLUMNS.month}, staff_code, segment`, year: `${STAFF_KEY_COLUMNS.year}, staff_code, segment` };

/** The month groups from the activities, the year groups from the month groups. */
export function staffFills(d: SqlDialect) {
  const sums = groupSums(d, { medium: false });
  const columns = sums.map((s) => s.column);
  return {
    month: {
      table: MONTH_TABLE, key: STAFF_KEY_COLUMNS.month.split(', '), columns: ['staff_code', 'segment', 'year', 'month', ...columns], source: 'campaign_activity',
      select: (rows) => `SELECT ${GROUP.month}, MIN(year), MIN(month), ${sums.map((s) => s.ofActivities).join(', ')} FROM ${rows} GROUP BY ${GROUP.month}`,
    },
    year: {
      table: YEAR_TABLE, key: STAFF_KEY_COLUMNS.year.split(', '), columns: ['staff_code', 'segment', 'max_period_index', ...columns], source: MONTH_TABLE,
      select: (rows) => `SELECT ${GROUP.year}, MAX(period_index), ${sums.map((s) => s.ofGroups).join(', ')} FROM ${rows} GROUP BY ${GROUP.year}`,
    },
  } satisfies Record<string, RollupFill>;
}

const DIMENSIONS = ['branch', 'activityType', 'ACTIVITY', 'STAFF', 'SEGMENT', 'BRANCH', 'REGION', 'periodIndex', 'YEAR'];

/** Per branch and month: the questions by staff or segment (not by channel or medium). */
export const staffCampaignRollup: Rollup = {
  table: MONTH_TABLE,
  dimensions: [...DIMENSIONS, 'QUARTER', 'MONTH'],
  measures: rollupMeasures('period_index'),
};

/** Per branch and whole year: the same over whole years, but by quarter or month. */
export const staffYearCampaignRollup: Rollup = {
  table: YEAR_TABLE,
  dimensions: DIMENSIONS,
  measures: rollupMeasures('max_period_index'),
  grain: 'year',
  // A year's first month: a filter from a January to a December holds exactly its years.
  dimensionSql: { periodIndex: { sql: 'year * 12' } },
};
