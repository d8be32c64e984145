// effectiveness: socialisation and promotion side by side over one branch and period, with the
// two verdicts. One GROUP BY activity type in SQL gives the totals and the sums the statistics
// need; everything else is arithmetic on those (statistics.ts, verdict.ts).
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { campaignFilters, type CampaignFilterArgs, type CampaignTotals, toTotals } from '../campaigns/query.ts';
import { REACH_ANSWER_MEASURES, campaignCube } from '../campaigns/cube.ts';
import { MOMENT_MEASURES, momentsOf } from '../campaigns/moments.ts';
import { conversionInterval, type Moments } from './statistics.ts';
import { type Comparison, compareCostPerRegistration, compareRegistrationsPerActivity, MINIMUM_ACTIVITIES } from './verdict.ts';
import type { VerdictOutcome as Outcome } from '../../../common/vocabulary/schema-enums.ts';

export interface EffectivenessStats extends CampaignTotals {
  conversionLow: number | null;
  conversionHigh: number | null;
}

export interface EffectivenessComparison extends Comparison {
  socialisationActivities: number;
  promotionActivities: number;
}

export interface Effectiveness {
  socialisation: EffectivenessStats;
  promotion: EffectivenessStats;
  verdict: {
    cheaperPerRegistration: Outcome;
    moreRegistrationsPerActivity: Outcome;
    costRatio: number | null;
    costRatioLow: number | null;
    costRatioHigh: number | null;
    costPerRegistration: EffectivenessComparison;
    registrationsPerActivity: EffectivenessComparison;
    minimumActivities: number;
  };
}

function withInterval(totals: CampaignTotals, moments: Moments): EffectivenessStats {
  const ci = conversionInterval(moments);
  return { ...totals, conversionLow: ci?.low ?? null, conversionHigh: ci?.high ?? null };
}

export async function effectiveness(db: Database, args: Omit<CampaignFilterArgs, 'activity'>): Promise<Effectiveness> {
  const filters = await campaignFilters(db, { ...args, activity: undefined });
  const rows = await runQuery(db, campaignCube, { dimensions: ['ACTIVITY'], measures: [...REACH_ANSWER_MEASURES, ...MOMENT_MEASURES], filters });
  const socRow = rows.find((r) => r.ACTIVITY === 'SOCIALISATION');
  const proRow = rows.find((r) => r.ACTIVITY === 'PROMOTION');
  const soc = momentsOf(socRow);
  const pro = momentsOf(proRow);
  const counts = { socialisationActivities: soc.n, promotionActivities: pro.n };
  const cost = { ...compareCostPerRegistration(soc, pro), ...counts };
  const perActivity = { ...compareRegistrationsPerActivity(soc, pro), ...counts };
  return {
    socialisation: withInterval(toTotals(socRow), soc),
    promotion: withInterval(toTotals(proRow), pro),
    verdict: {
      cheaperPerRegistration: cost.outcome,
      moreRegistrationsPerActivity: perActivity.outcome,
      // Promotion's cost per registration over socialisation's: above 1, socialisation is cheaper.
      costRatio: cost.ratio,
      costRatioLow: cost.low,
      costRatioHigh: cost.high,
      costPerRegistration: cost,
      registrationsPerActivity: perActivity,
      minimumActivities: MINIMUM_ACTIVITIES,
    },
  };
}
