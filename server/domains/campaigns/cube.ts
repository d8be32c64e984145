// Campaign activities as a cube: every measure is a flow (summed over activities and time);
// the ratios are derived from the sums, so they are right at every grouping.
import { REACH_MEASURES as REACH_BAR_MEASURES } from '../../../common/charts/reach-measures.ts';
import { DIMENSIONS } from '../../../common/vocabulary/fields.ts';
import { FIGURES } from '../../../common/vocabulary/measures.ts';
import { type DescribedCube, internalFigure as internal } from '../../analytics/model.ts';
import { dayText } from '../../analytics/periods.ts';
import { timeDimensions } from '../../analytics/time.ts';
import { REGION_OF_BRANCH } from '../branches/region-dimension.ts';
import { registrationsSquaredTerm, WIDE_MOMENTS } from './moment-terms.ts';
import { branchCampaignRollup, nationalCampaignRollup, nationalDayCampaignRollup, totalCampaignRollup, yearCampaignRollup } from './rollup.ts';
import { branchDayCampaignRollup } from './day-rollup.ts';
import { staffCampaignRollup, staffYearCampaignRollup } from './staff-rollup.ts';

const orNone = (column: string) => `CASE WHEN ${column} = '' THEN '(none)' ELSE ${column} END`;

export const campaignCube = {
  table: 'campaign_activity',
  time: 'period_index',
  day: 'day',
  stockPartition: [],
  measures: {
    activities: { kind: 'count', meta: FIGURES.activities },
    reach: { kind: 'sum', sql: 'reach', type: 'integer', meta: FIGURES.reach },
    leads: { kind: 'sum', sql: 'COALESCE(leads, 0)', type: 'integer', meta: FIGURES.leads },
    registrations: { kind: 'sum', sql: 'registrations', type: 'integer', meta: FIGURES.registrations },
    costIdr: { kind: 'sum', sql: 'cost_idr', type: 'integer', meta: FIGURES.costIdr },
    conversionRate: { kind: 'ratio', numerator: 'registrations', denominator: 'reach', scale: 100, meta: FIGURES.conversionRate },
    costPerRegistration: { kind: 'ratio', numerator: 'costIdr', denominator: 'registrations', meta: FIGURES.costPerRegistration },
    registrationsPerActivity: { kind: 'ratio', numerator: 'registrations', denominator: 'activities', meta: FIGURES.registrationsPerActivity },
    // A group's activity type is known when its smallest and largest are the same.
    activityMin: { kind: 'min', sql: 'activity', type: 'text', meta: internal('Jenis kegiatan (terkecil)', 'Activity type (smallest)', 'text') },
    activityMax: { kind: 'max', sql: 'activity', type: 'text', meta: internal('Jenis kegiatan (terbesar)', 'Activity type (largest)', 'text') },
    maxPeriodIndex: { kind: 'max', sql: 'period_index', type: 'integer', meta: internal('Bulan terakhir (indeks)', 'Latest month (index)', 'monthIndex') },
    sourceMin: { kind: 'min', sql: 'source', type: 'text', meta: internal('Sumber (terkecil)', 'Source (smallest)', 'text') },
    sourceMax: { kind: 'max', sql: 'source', type: 'text', meta: internal('Sumber (terbesar)', 'Source (largest)', 'text') },
    // Reach split by what it counts (attendees vs impressions), for groups that mix the types.
    attendees: { kind: 'sum', sql: "CASE WHEN activity = 'SOCIALISATION' THEN reach ELSE 0 END", type: 'integer', meta: FIGURES.attendees },
    impressions: { kind: 'sum', sql: "CASE WHEN activity = 'PROMOTION' THEN reach ELSE 0 END", type: 'integer', meta: FIGURES.impressions },
    // Second moments over activities, for the variances in effectiveness/statistics.ts: their
    // terms and why they are summed as wide integers are in moment-terms.ts.
    registrationsSquared: { kind: 'sum', sql: registrationsSquaredTerm, type: 'integer', meta: internal('Jumlah kuadrat pendaftaran', 'Sum of squared registrations', 'unrounded') },
    costSquared: { kind: 'sum', sql: WIDE_MOMENTS.costSquared.sql, type: 'wideInteger', meta: internal('Jumlah kuadrat biaya', 'Sum of squared costs', 'unrounded') },
    costTimesRegistrations: {
      kind: 'sum', sql: WIDE_MOMENTS.costTimesRegistrations.sql, type: 'wideInteger', meta: internal('Jumlah biaya × pendaftaran', 'Sum of cost × registrations', 'unrounded'),
    },
    reachSquared: { kind: 'sum', sql: WIDE_MOMENTS.reachSquared.sql, type: 'wideInteger', meta: internal('Jumlah kuadrat jangkauan', 'Sum of squared reach', 'unrounded') },
    reachTimesRegistrations: {
      kind: 'sum', sql: WIDE_MOMENTS.reachTimesRegistrations.sql, type: 'wideInteger', meta: internal('Jumlah jangkauan × pendaftaran', 'Sum of reach × registrations', 'unrounded'),
    },
  },
  dimensions: {
    branch: { sql: 'branch_code', title: DIMENSIONS.branch },
    activityType: { sql: 'activity', title: DIMENSIONS.activityType },
    // The groupings of campaignReach, named as its GraphQL enum ReachGroupBy.
    CHANNEL: { sql: 'channel', title: DIMENSIONS.channel },
    ACTIVITY: { sql: 'activity', title: DIMENSIONS.activityType },
    MEDIUM: { sql: 'medium', title: DIMENSIONS.medium },
    STAFF: { sql: orNone('staff_code'), title: DIMENSIONS.staff },
    SEGMENT: { sql: orNone('segment'), title: DIMENSIONS.segment },
    BRANCH: { sql: 'branch_code', title: DIMENSIONS.branch },
    REGION: REGION_OF_BRANCH,
    ...timeDimensions({ index: 'period_index', year: 'year', month: 'month' }),
    // An activity's day, for the days of a week range (periods.ts parseDatedRange) or up to a
    // cut-off, and its ISO week. Filters give days as day numbers (periods.ts dayNumber) and are
    // compared with the stored `YYYY-MM-DD` text itself, in the order of the days: a range of
    // days is then a range of the branch-and-date index (campaign_natural_key), read for its
    // days alone, where a day number computed from each row made the database read every row
    // of the months around them. The national and the branches' day rollups hold days: a
    // question of a branch or an office by week or over weeks by channel, medium, staff or
    // segment reads the activities.
    day: { sql: 'date', filterValue: (day) => dayText(Number(day)), title: DIMENSIONS.day },
    WEEK: { sql: (d) => d.isoWeekLabel('date'), title: DIMENSIONS.week },
  },
  // Smallest first: the all-branch table when no branch is asked for (its days by week), else the
  // branches' totals over all data, else their years for whole years, else their months; by
  // staff or segment, the staff tables' years, else their months; by week or over weeks, the
  // branches' days (not by channel, medium, staff or segment: those read the activities).
  rollups: [nationalCampaignRollup, nationalDayCampaignRollup, totalCampaignRollup, yearCampaignRollup, branchCampaignRollup, staffYearCampaignRollup, staffCampaignRollup, branchDayCampaignRollup],
} satisfies DescribedCube;

export type CampaignMeasure = keyof typeof campaignCube.measures;

/**
 * The measures every reach or effectiveness answer carries: the figures a reach bar can show
 * (the one list of them, common/charts/reach-measures.ts), the answer's other totals, the
 * activity types and sources of the group, and its reach split into attendees and impressions.
 */
export const REACH_ANSWER_MEASURES: readonly CampaignMeasure[] = [
  ...REACH_BAR_MEASURES,
  'activities',
  'leads',
  'registrationsPerActivity',
  'activityMin',
  'activityMax',
  'sourceMin',
  'sourceMax',
  'attendees',
  'impressions',
];
