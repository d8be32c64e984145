import { BigIntType, EntitySchema, type EntitySchemaMetadata } from '@mikro-orm/core';

/**
 * Campaign activities pre-aggregated per group: what the reach, effectiveness and staff-target
 * questions read instead of every activity (server/domains/campaigns/rollup.ts and
 * staff-rollup.ts keep the tables current inside each import's transaction and say which
 * questions each answers). Every sum the questions need, the statistics' second moments
 * included: those are split so that their totals stay exact
 * (server/domains/campaigns/moment-terms.ts).
 */
export interface CampaignSums {
  activity: string;
  channel: string;
  medium: string;
  activities: number;
  reach: number;
  leads: number;
  registrations: number;
  costIdr: number;
  sourceMin: string;
  sourceMax: string;
  registrationsSq: number;
  costSqHigh: number;
  costSqLow: number;
  costSqOver: number | null;
  costRegHigh: number;
  costRegLow: number;
  costRegOver: number | null;
  reachSqHigh: number;
  reachSqLow: number;
  reachSqOver: number | null;
  reachRegHigh: number;
  reachRegLow: number;
  reachRegOver: number | null;
}

/** A group of one month. */
export interface CampaignGroup extends CampaignSums {
  periodIndex: number;
  year: number;
  month: number;
}

/** Per branch, month, activity type and channel. */
export interface CampaignRollup extends CampaignGroup {
  branchCode: string;
}

/** Per branch, year, activity type and channel. */
export interface CampaignYearRollup extends CampaignSums {
  branchCode: string;
  year: number;
  /** The group's latest month (its month index). */
  maxPeriodIndex: number;
}

const big = () => ({ type: new BigIntType('number') });
// A moment's terms past 2^63: exact NUMERIC on PostgreSQL, REAL on SQLite (where such a term is
// already a float). NULL while there is none, which is always but for costs above ~3·10⁹.
const over = () => ({ type: 'double', columnType: 'numeric', nullable: true });

/** The sums of a group, past its key and time. */
const sumColumns = {
  medium: { type: 'string', length: 16 },
  activities: { type: 'integer' },
  reach: big(),
  leads: big(),
  registrations: big(),
  costIdr: big(),
  sourceMin: { type: 'string', length: 16 },
  sourceMax: { type: 'string', length: 16 },
  registrationsSq: big(),
  costSqHigh: big(),
  costSqLow: big(),
  costSqOver: over(),
  costRegHigh: big(),
  costRegLow: big(),
  costRegOver: over(),
  reachSqHigh: big(),
  reachSqLow: big(),
  reachSqOver: over(),
  reachRegHigh: big(),
  reachRegLow: big(),
  reachRegOver: over(),
} satisfies Partial<EntitySchemaMetadata<CampaignSums>['properties']>;

export const CampaignRollupSchema = new EntitySchema<CampaignRollup>({
  name: 'CampaignRollup',
  tableName: 'campaign_rollup',
  // Regional questions over a period read by time first.
  indexes: [{ name: 'campaign_rollup_period_idx', properties: ['periodIndex', 'activity', 'channel'] }],
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    periodIndex: { type: 'integer', primary: true },
    activity: { type: 'string', length: 16, primary: true },
    channel: { type: 'string', length: 32, primary: true },
    year: { type: 'integer' },
    month: { type: 'integer' },
    ...sumColumns,
  },
});

/** The same groups over every branch: per month, activity type and channel. */
export const CampaignNationalRollupSchema = new EntitySchema<CampaignGroup>({
  name: 'CampaignNationalRollup',
  tableName: 'campaign_national_rollup',
  properties: {
    periodIndex: { type: 'integer', primary: true },
    activity: { type: 'string', length: 16, primary: true },
    channel: { type: 'string', length: 32, primary: true },
    year: { type: 'integer' },
    month: { type: 'integer' },
    ...sumColumns,
  },
});

/** A national group of one day: per day, activity type and channel, over every branch. */
export interface CampaignNationalDayRollup extends CampaignGroup {
  date: string;
}

/** The national groups per day, for weeks (ISO weeks cut months): per day, activity type and channel. */
export const CampaignNationalDayRollupSchema = new EntitySchema<CampaignNationalDayRollup>({
  name: 'CampaignNationalDayRollup',
  tableName: 'campaign_national_day_rollup',
  // An import's refresh rebuilds the days of the months it touched.
  indexes: [{ name: 'campaign_national_day_rollup_period_idx', properties: ['periodIndex'] }],
  properties: {
    // The activity's date, as campaign_activity holds it, so the cube's day and week SQL holds.
    date: { type: 'string', length: 10, primary: true },
    activity: { type: 'string', length: 16, primary: true },
    channel: { type: 'string', length: 32, primary: true },
    periodIndex: { type: 'integer' },
    year: { type: 'integer' },
    month: { type: 'integer' },
    ...sumColumns,
  },
});

/** The branch groups of whole years: per branch, year, activity type and channel. */
export const CampaignYearRollupSchema = new EntitySchema<CampaignYearRollup>({
  name: 'CampaignYearRollup',
  tableName: 'campaign_year_rollup',
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    year: { type: 'integer', primary: true },
    activity: { type: 'string', length: 16, primary: true },
    channel: { type: 'string', length: 32, primary: true },
    maxPeriodIndex: { type: 'integer' },
    ...sumColumns,
  },
});

/** Per branch, activity type and channel over all time. */
export interface CampaignBranchTotalRollup extends CampaignSums {
  branchCode: string;
  /** The group's latest month (its month index). */
  maxPeriodIndex: number;
}

/** The branch groups over all time: per branch, activity type and channel (the years' groups summed). */
export const CampaignBranchTotalRollupSchema = new EntitySchema<CampaignBranchTotalRollup>({
  name: 'CampaignBranchTotalRollup',
  tableName: 'campaign_branch_total_rollup',
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    activity: { type: 'string', length: 16, primary: true },
    channel: { type: 'string', length: 32, primary: true },
    maxPeriodIndex: { type: 'integer' },
    ...sumColumns,
  },
});

/** A staff member's group of one month: per branch, month, activity type, staff member and segment (no channel, so no medium). */
export interface CampaignStaffRollup extends Omit<CampaignSums, 'channel' | 'medium'> {
  branchCode: string;
  periodIndex: number;
  staffCode: string;
  segment: string;
  year: number;
  month: number;
}

/** The same per whole year. */
export interface CampaignStaffYearRollup extends Omit<CampaignSums, 'channel' | 'medium'> {
  branchCode: string;
  year: number;
  staffCode: string;
  segment: string;
  /** The group's latest month (its month index). */
  maxPeriodIndex: number;
}

const { medium: _medium, ...staffSumColumns } = sumColumns;

export const CampaignStaffRollupSchema = new EntitySchema<CampaignStaffRollup>({
  name: 'CampaignStaffRollup',
  tableName: 'campaign_staff_rollup',
  // The nation's questions over a period read by time first.
  indexes: [{ name: 'campaign_staff_rollup_period_idx', properties: ['periodIndex'] }],
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    periodIndex: { type: 'integer', primary: true },
    activity: { type: 'string', length: 16, primary: true },
    staffCode: { type: 'string', length: 64, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    year: { type: 'integer' },
    month: { type: 'integer' },
    ...staffSumColumns,
  },
});

export const CampaignStaffYearRollupSchema = new EntitySchema<CampaignStaffYearRollup>({
  name: 'CampaignStaffYearRollup',
  tableName: 'campaign_staff_year_rollup',
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    year: { type: 'integer', primary: true },
    activity: { type: 'string', length: 16, primary: true },
    staffCode: { type: 'string', length: 64, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    maxPeriodIndex: { type: 'integer' },
    ...staffSumColumns,
  },
});

/** A branch's group of one day: per branch, day and activity type (no channel, so no medium). */
export interface CampaignBranchDayRollup extends Omit<CampaignSums, 'channel' | 'medium'> {
  branchCode: string;
  date: string;
  periodIndex: number;
  year: number;
  month: number;
}

/**
 * The branches' days, for their weeks (ISO weeks cut months): per branch, day and activity type.
 * No channel: a branch's activities of a day fall into one or two groups, where one per channel
 * as well would hold nearly every activity alone.
 */
export const CampaignBranchDayRollupSchema = new EntitySchema<CampaignBranchDayRollup>({
  name: 'CampaignBranchDayRollup',
  tableName: 'campaign_branch_day_rollup',
  // The days of a week over every branch (the nation's ranking for last week): PostgreSQL cannot
  // skip from branch to branch in the primary key, as SQLite does.
  indexes: [{ name: 'campaign_branch_day_rollup_date_idx', properties: ['date'] }],
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    // The activity's date, as campaign_activity holds it, so the cube's day and week SQL holds.
    date: { type: 'string', length: 10, primary: true },
    activity: { type: 'string', length: 16, primary: true },
    periodIndex: { type: 'integer' },
    year: { type: 'integer' },
    month: { type: 'integer' },
    ...staffSumColumns,
  },
});
