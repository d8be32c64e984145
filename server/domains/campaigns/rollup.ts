// The campaign rollups: activities pre-aggregated as Cube's pre-aggregations are.
// - campaign_rollup: per branch, month, activity type and channel;
// - campaign_year_rollup: the same per branch and whole year, for questions over whole years
//   by branch or office;
// - campaign_branch_total_rollup: the same per branch over all time, for questions over all
//   data by branch or office (the dashboard's first view of the nation ranks its branches so);
// - campaign_national_rollup: the month groups summed over every branch, for the questions that
//   ask for no branch, region or grouping by either;
// - campaign_national_day_rollup: the same per day, for those questions by ISO week or over a
//   range of weeks (a week cuts its months, so no month table answers them);
// - the staff tables (staff-rollup.ts): per branch, month (or year), activity type, staff
//   member and segment, for the questions by staff or segment;
// - campaign_branch_day_rollup (day-rollup.ts): per branch, day and activity type, for the
//   questions of branches by ISO week or over weeks.
// All hold every measure the campaign questions need (rollup-sums.ts), so the answers read from
// them are the activities' answers: the tests compare both paths on both databases. They are
// kept current inside each import's transaction (refreshCampaignRollup) and after seeding.
import type { Knex } from 'knex';
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import { dialectOfKnex } from '../../analytics/dialects/of.ts';
import type { Rollup } from '../../analytics/model.ts';
import { importHoldsMost, importKeys, refreshRollup, withKeyTable, type RollupFill } from '../../analytics/rollup-refresh.ts';
import { groupSums, rollupMeasures } from './rollup-sums.ts';
import { BRANCH_DAY_KEY, branchDayFill } from './day-rollup.ts';
import { STAFF_KEY_COLUMNS, staffFills } from './staff-rollup.ts';

const BRANCH_TABLE = 'campaign_rollup';
const YEAR_TABLE = 'campaign_year_rollup';
const NATIONAL_TABLE = 'campaign_national_rollup';
const BRANCH_KEY = 'branch_code, period_index, activity, channel';
const YEAR_KEY = 'branch_code, year, activity, channel';
const TOTAL_TABLE = 'campaign_branch_total_rollup';
const TOTAL_KEY = 'branch_code, activity, channel';
const NATIONAL_KEY = 'period_index, activity, channel';
const NATIONAL_DAY_TABLE = 'campaign_national_day_rollup';
const NATIONAL_DAY_KEY = 'date, activity, channel';
const columnsOf = (key: string) => key.split(', ');

/** The tables of groups by channel: months per branch and the nation's days from the activities, years and the nation's months from the branch months. */
function channelFills(d: SqlDialect) {
  const sums = groupSums(d, { medium: true });
  const columns = sums.map((s) => s.column);
  const ofActivities = sums.map((s) => s.ofActivities).join(', ');
  const ofGroups = sums.map((s) => s.ofGroups).join(', ');
  return {
    branch: {
      table: BRANCH_TABLE, key: columnsOf(BRANCH_KEY), columns: ['year', 'month', ...columns], source: 'campaign_activity',
      select: (rows) => `SELECT ${BRANCH_KEY}, MIN(year), MIN(month), ${ofActivities} FROM ${rows} GROUP BY ${BRANCH_KEY}`,
    },
    year: {
      table: YEAR_TABLE, key: columnsOf(YEAR_KEY), columns: ['max_period_index', ...columns], source: BRANCH_TABLE,
      select: (rows) => `SELECT ${YEAR_KEY}, MAX(period_index), ${ofGroups} FROM ${rows} GROUP BY ${YEAR_KEY}`,
    },
    total: {
      table: TOTAL_TABLE, key: columnsOf(TOTAL_KEY), columns: ['max_period_index', ...columns], source: YEAR_TABLE,
      select: (rows) => `SELECT ${TOTAL_KEY}, MAX(max_period_index), ${ofGroups} FROM ${rows} GROUP BY ${TOTAL_KEY}`,
    },
    national: {
      table: NATIONAL_TABLE, key: columnsOf(NATIONAL_KEY), columns: ['year', 'month', ...columns], source: BRANCH_TABLE,
      select: (rows) => `SELECT ${NATIONAL_KEY}, MIN(year), MIN(month), ${ofGroups} FROM ${rows} GROUP BY ${NATIONAL_KEY}`,
    },
    nationalDay: {
      table: NATIONAL_DAY_TABLE, key: columnsOf(NATIONAL_DAY_KEY), columns: ['period_index', 'year', 'month', ...columns], source: 'campaign_activity',
      select: (rows) => `SELECT ${NATIONAL_DAY_KEY}, MIN(period_index), MIN(year), MIN(month), ${ofActivities} FROM ${rows} GROUP BY ${NATIONAL_DAY_KEY}`,
    },
  } satisfies Record<string, RollupFill>;
}

/**
 * Which groups to rebuild: those that rows of `importId` belong to (a stored import: its new and
 * changed rows carry its id, and each table's refresh key is made of the activities' natural
 * key, so a changed row stays in its groups); one branch's groups, leaving the national table to
 * a `'national'` refresh once every branch is in (a seed, branch by branch); the national table
 * alone; or everything. Run inside the writer's transaction. The year and national tables are
 * made from the month tables' groups, so those go first.
 */
export type RollupScope = { importId: number } | { branch: string } | 'national' | 'all';

export async function refreshCampaignRollup(trx: Knex | Knex.Transaction, scope: RollupScope): Promise<void> {
  const d = dialectOfKnex(trx);
  // PostgreSQL: two imports' refreshes at once (two planned activities realised together) would
  // each delete a group and insert it again, the second failing on the rollup's primary key
  // (READ COMMITTED hides the first's insert). One refresh at a time, until its transaction ends,
  // and the next one reads the groups the first committed. SQLite has one writer.
  if (d.name === 'postgresql') await trx.raw(`SELECT pg_advisory_xact_lock(hashtext('pantau.campaign_rollup'))`);
  const channel = channelFills(d);
  const staff = staffFills(d);
  const days = branchDayFill(d);
  if (scope === 'national') {
    await refreshRollup(trx, channel.national, 'all');
    await refreshRollup(trx, channel.nationalDay, 'all');
    return;
  }
  const everything = [channel.branch, channel.year, channel.total, channel.national, channel.nationalDay, staff.month, staff.year, days];
  if (scope === 'all' || ('importId' in scope && (await holdsMostActivities(trx, scope.importId)))) {
    for (const fill of everything) await refreshRollup(trx, fill, 'all');
    return;
  }
  if ('branch' in scope) {
    const branch = { where: 'branch_code = ?', bindings: [scope.branch] };
    for (const fill of [channel.branch, channel.year, channel.total, staff.month, staff.year, days]) await refreshRollup(trx, fill, branch);
    return;
  }
  // The import's month groups, read once from its rows; every other table's groups to rebuild
  // follow from them (its years' from the month groups just rebuilt).
  await withKeyTable(trx, 'campaign_refresh_keys', importKeys('campaign_activity', columnsOf(BRANCH_KEY), scope.importId), async (months) => {
    const years = `${BRANCH_TABLE} JOIN ${months} USING (${BRANCH_KEY})`;
    await refreshRollup(trx, channel.branch, { keyTable: months });
    await refreshRollup(trx, channel.year, { keys: `SELECT ${YEAR_KEY} FROM ${years}` });
    await refreshRollup(trx, channel.total, { keys: `SELECT ${TOTAL_KEY} FROM ${months}` });
    await refreshRollup(trx, channel.national, { keys: `SELECT ${NATIONAL_KEY} FROM ${months}` });
    await refreshRollup(trx, staff.month, { keys: `SELECT ${STAFF_KEY_COLUMNS.month} FROM ${months}` });
    await refreshRollup(trx, staff.year, { keys: `SELECT ${STAFF_KEY_COLUMNS.year} FROM ${years}` });
    await refreshNationalDays(trx, channel.nationalDay, months);
  });
  await refreshRollup(trx, days, importKeys('campaign_activity', BRANCH_DAY_KEY, scope.importId));
}

/**
 * The nation's days of the months an import touched, every branch's activities of those months
 * summed again. Read through the activities' branch-led index by naming every branch and month
 * as constants (both databases then seek branch after branch; a join to a key table of months
 * scanned every activity, as no index leads with the month).
 */
async function refreshNationalDays(trx: Knex | Knex.Transaction, fill: RollupFill, monthKeys: string): Promise<void> {
  const months = (await listed(trx, `SELECT DISTINCT period_index AS v FROM ${monthKeys}`)).map(Number);
  if (!months.length) return;
  const branches = (await listed(trx, 'SELECT code AS v FROM branch')).map(String);
  const inList = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const monthsIn = `period_index IN (${inList(months)})`;
  await trx.raw(`DELETE FROM ${fill.table} WHERE ${monthsIn}`, months);
  if (!branches.length) return;
  await trx.raw(`INSERT INTO ${fill.table} (${fill.key.join(', ')}, ${fill.columns.join(', ')}) ${fill.select(`${fill.source} WHERE branch_code IN (${inList(branches)}) AND ${monthsIn}`)}`, [...branches, ...months]);
}

async function listed(trx: Knex | Knex.Transaction, sql: string): Promise<unknown[]> {
  const result = (await trx.raw(sql)) as { v: unknown }[] | { rows: { v: unknown }[] };
  return (Array.isArray(result) ? result : result.rows).map((r) => r.v);
}

/**
 * Whether the import brings more activities than were stored before it (importHoldsMost),
 * counted by the national table's few groups (not yet refreshed: the activities before the
 * import, its corrected rows as well).
 */
const holdsMostActivities = (trx: Knex | Knex.Transaction, importId: number) =>
  importHoldsMost(trx, 'campaign_activity', importId, `SELECT COALESCE(SUM(activities), 0) AS n FROM ${NATIONAL_TABLE}`);

/** Per branch and month: every campaign question but those by staff or segment (the cube's dimensions of the same names and SQL). */
export const branchCampaignRollup: Rollup = {
  table: BRANCH_TABLE,
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: rollupMeasures('period_index'),
};

/** Per branch and whole year: the same questions over whole years, but by quarter or month. */
export const yearCampaignRollup: Rollup = {
  table: YEAR_TABLE,
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex', 'YEAR'],
  measures: rollupMeasures('max_period_index'),
  grain: 'year',
  // A year's first month: a filter from a January to a December holds exactly its years.
  dimensionSql: { periodIndex: { sql: 'year * 12' } },
};

/** Per branch over all time: the same questions over all data, but by a time bucket. */
export const totalCampaignRollup: Rollup = {
  table: TOTAL_TABLE,
  dimensions: ['branch', 'activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'BRANCH', 'REGION', 'periodIndex'],
  measures: rollupMeasures('max_period_index'),
  grain: 'all',
};

/** Over every branch and per day: those questions by ISO week or over a range of weeks (the day filter of periods.ts). */
export const nationalDayCampaignRollup: Rollup = {
  table: NATIONAL_DAY_TABLE,
  dimensions: ['activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH', 'day', 'WEEK'],
  measures: rollupMeasures('period_index'),
};

/** Over every branch and per month: the questions that neither name nor group by a branch or an office. */
export const nationalCampaignRollup: Rollup = {
  table: NATIONAL_TABLE,
  dimensions: ['activityType', 'CHANNEL', 'ACTIVITY', 'MEDIUM', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  measures: rollupMeasures('period_index'),
};
