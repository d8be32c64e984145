// campaignReach: campaign results grouped by one dimension, the campaign-reach chart.
import { REACH_MEASURES } from '../../../common/charts/reach-measures.ts';
import type { Database } from '../../db/orm.ts';
import { addEstimates, branchesIn, type DataFacts, type DataMeta, daysIn, defineQuestion, estimateRows, latestMonth, monthsIn, perDay, perMonth, splitDaysIn, wholeYears } from '../question.ts';
import { commonSource } from '../source.ts';
import { type CampaignFilterArgs, type CampaignReachArgs, campaignReach } from './query.ts';

/** Campaign data carry no as-of month of their own: the last month with activities in range. */
export async function campaignMeta(db: Database, args: CampaignFilterArgs): Promise<DataMeta> {
  const months = await campaignReach(db, { branch: args.branch, from: args.from, to: args.to, groupBy: 'MONTH' });
  return { asOf: latestMonth(months.filter((r) => r.activities > 0).map((r) => r.key)), source: commonSource(months.map((r) => r.source)) };
}

/** Whether a question needs the activities' days (by week, or over a week range): the national day rollup's, or the activities'. */
function readsDays(args: CampaignFilterArgs & { groupBy?: string | null }): boolean {
  return args.groupBy === 'WEEK' || /W/i.test(args.from ?? '') || /W/i.test(args.to ?? '');
}

/**
 * The rows a campaign question reads, from the table the planner picks (analytics/run.ts
 * planQuery and planParts; campaigns/rollup.ts): when it groups by week or ranges over weeks,
 * the national day rollup's groups if it neither names nor groups by a branch, an office, a
 * staff member or a segment, else the branch day rollup's groups if it groups by none of channel,
 * medium, staff or segment, else the activities (over a range that holds whole months, and not
 * by week, those only on the days at its ends, and the whole months' groups of the month tables);
 * the staff rollups' groups when it groups by staff or segment,
 * else the national rollup's groups when it neither names nor groups by a branch or an office,
 * else over all data (and not by a time bucket) the branch totals' groups of the branches in
 * scope, else the branch rollup's groups of the branches in scope; per stored month in range, half of
 * them for one activity type.
 */
export function campaignEstimate(args: CampaignFilterArgs & { groupBy?: string | null }, facts: DataFacts) {
  const months = monthsIn(args.from, args.to, facts.campaigns);
  const half = (n: number) => (args.activity ? Math.ceil(n / 2) : n);
  const national = !args.branch && !args.region && !['BRANCH', 'REGION', 'STAFF', 'SEGMENT'].includes(args.groupBy ?? '');
  if (readsDays(args)) {
    const c = facts.campaigns;
    const branches = branchesIn(args, facts);
    const byStaff = args.groupBy === 'STAFF' || args.groupBy === 'SEGMENT';
    // What holds the days: the nation's day table, else the branches' days' (which has no
    // channel, medium, staff or segment), else the activities; per day, or per month by week.
    const dayRows = (per: 'day' | 'month'): Record<string, number> => {
      const rate = per === 'day' ? (rows: number, of?: number) => perDay(facts, rows, of) : (rows: number, of?: number) => perMonth(facts, rows, of);
      if (national) return { [`national day groups per ${per}`]: half(rate(c.nationalDayGroups)) };
      if (byStaff || args.groupBy === 'CHANNEL' || args.groupBy === 'MEDIUM') return { [`activities per branch-${per}`]: half(rate(c.rows, c.branches)), branches };
      return { [`groups of days per branch-${per}`]: half(rate(c.branchDayGroups, c.branches)), branches };
    };
    // Holding whole months, not by week: those from the month tables, only the ends' days from the days'.
    const split = args.groupBy === 'WEEK' ? null : splitDaysIn(args.from, args.to, c);
    if (split) {
      const monthRows: Record<string, number> = national
        ? { 'national groups per month': half(perMonth(facts, c.nationalGroups)) }
        : { [byStaff ? 'staff groups per branch-month' : 'groups per branch-month']: half(perMonth(facts, byStaff ? c.staffGroups : c.branchGroups, c.branches)), branches };
      return addEstimates(estimateRows({ days: split.days, ...dayRows('day') }), estimateRows({ months: split.months, ...monthRows }));
    }
    // Over a week range its days (a week is a quarter of a month's rows, not two months'), else its months.
    const days = daysIn(args.from, args.to, c);
    return days !== null ? estimateRows({ days, ...dayRows('day') }) : estimateRows({ months, ...dayRows('month') });
  }
  if (args.groupBy === 'STAFF' || args.groupBy === 'SEGMENT') return staffEstimate(args, months, facts);
  const byBranch = args.groupBy === 'BRANCH' || args.groupBy === 'REGION';
  if (!args.branch && !args.region && !byBranch) return estimateRows({ months, 'national groups per month': half(perMonth(facts, facts.campaigns.nationalGroups)) });
  // Grouped (the facts' pages read activities), not by a time bucket, over all data.
  if (args.groupBy && !['YEAR', 'QUARTER', 'MONTH'].includes(args.groupBy) && !args.from && !args.to && facts.campaigns.totalGroups > 0) {
    return estimateRows({ 'groups per branch': half(Math.ceil(facts.campaigns.totalGroups / Math.max(1, facts.campaigns.branches))), branches: branchesIn(args, facts) });
  }
  if (args.groupBy !== 'QUARTER' && args.groupBy !== 'MONTH' && wholeYears(args.from, args.to)) {
    return estimateRows({
      years: Math.ceil(months / 12),
      'groups per branch-year': half(perMonth(facts, 12 * facts.campaigns.yearGroups, facts.campaigns.branches)),
      branches: branchesIn(args, facts),
    });
  }
  return estimateRows({
    months,
    'groups per branch-month': half(perMonth(facts, facts.campaigns.branchGroups, facts.campaigns.branches)),
    branches: branchesIn(args, facts),
  });
}

/** By staff or segment: the staff rollup of whole years (campaigns/staff-rollup.ts) for whole years, else its months. */
function staffEstimate(args: CampaignFilterArgs, months: number, facts: DataFacts) {
  const half = (n: number) => (args.activity ? Math.ceil(n / 2) : n);
  const { staffGroups, staffYearGroups, branches } = facts.campaigns;
  if (wholeYears(args.from, args.to)) {
    return estimateRows({ years: Math.ceil(months / 12), 'staff groups per branch-year': half(perMonth(facts, 12 * staffYearGroups, branches)), branches: branchesIn(args, facts) });
  }
  return estimateRows({ months, 'staff groups per branch-month': half(perMonth(facts, staffGroups, branches)), branches: branchesIn(args, facts) });
}

export const campaignReachQuestion = defineQuestion({
  field: 'campaignReach',
  answer: campaignReach,
  namesStaff: (args: CampaignReachArgs) => args.groupBy === 'STAFF',
  csv: true,
  // Without a grouping (null as when left out), by channel.
  estimate: (args, facts) => campaignEstimate({ ...args, groupBy: args.groupBy ?? 'CHANNEL' }, facts),
  chart: {
    name: 'campaign-reach',
    options: {
      measure: { kind: 'enum', values: REACH_MEASURES },
      sort: { kind: 'enum', values: ['input', 'value'] },
      // The dashboard's channel focus: `PROMOTION:YOUTUBE` highlights that one bar, a bare
      // `YOUTUBE` both of its rows (common/charts/reach-focus.ts); the data are all rows still.
      highlight: { kind: 'string', maxLength: 80 },
    },
    async meta(db, args, data) {
      const meta = await campaignMeta(db, args);
      return { asOf: meta.asOf, source: commonSource(data.map((r) => r.source)) ?? meta.source };
    },
    report: {
      args: (branch, year) => ({ branch, from: String(year), to: String(year) }),
      options: { measure: 'registrations', sort: 'value' },
      note: {
        id: 'Pendaftaran per kanal. Jangkauan sosialisasi (peserta) dan promosi (tayangan) tidak sebanding.',
        en: 'Registrations by channel. Socialisation reach (attendees) and promotion reach (impressions) are not comparable.',
      },
      printedColumns: ['key', 'activity', 'activities', 'reach', 'reach_unit', 'registrations', 'cost_idr', 'cost_per_registration', 'cost_per_registration_low', 'cost_per_registration_high'],
    },
  },
});
