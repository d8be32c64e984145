// effectiveness: socialisation and promotion side by side over one branch and period.
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { campaignFilters, type CampaignFilterArgs, type CampaignTotals, toTotals } from '../campaigns/query.ts';
import { REACH_MEASURES, campaignCube } from '../campaigns/cube.ts';
import { type Outcome, outcomeOf, poissonRatio, wilsonInterval } from './statistics.ts';

export interface EffectivenessStats extends CampaignTotals {
  conversionLow: number | null;
  conversionHigh: number | null;
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
  };
}

function withInterval(totals: CampaignTotals): EffectivenessStats {
  const ci = wilsonInterval(totals.registrations, totals.reach);
  return { ...totals, conversionLow: ci?.low ?? null, conversionHigh: ci?.high ?? null };
}

export async function effectiveness(db: Database, args: Omit<CampaignFilterArgs, 'activity'>): Promise<Effectiveness> {
  const filters = await campaignFilters(db, { ...args, activity: undefined });
  const rows = await runQuery(db, campaignCube, { dimensions: ['ACTIVITY'], measures: REACH_MEASURES, filters });
  const socialisation = withInterval(toTotals(rows.find((r) => r.ACTIVITY === 'SOCIALISATION')));
  const promotion = withInterval(toTotals(rows.find((r) => r.ACTIVITY === 'PROMOTION')));

  // Cost per registration: promotion / socialisation, registrations as Poisson counts.
  const cost = poissonRatio(
    promotion.costPerRegistration ?? 0,
    promotion.registrations,
    socialisation.costPerRegistration ?? 0,
    socialisation.registrations,
  );
  // Registrations per activity: socialisation / promotion.
  const perActivity = poissonRatio(
    socialisation.registrationsPerActivity ?? 0,
    socialisation.registrations,
    promotion.registrationsPerActivity ?? 0,
    promotion.registrations,
  );
  return {
    socialisation,
    promotion,
    verdict: {
      // A cost ratio above 1 means promotion costs more per registration: socialisation is cheaper.
      cheaperPerRegistration: outcomeOf(cost, 'SOCIALISATION'),
      moreRegistrationsPerActivity: outcomeOf(perActivity, 'SOCIALISATION'),
      costRatio: cost?.ratio ?? null,
      costRatioLow: cost?.low ?? null,
      costRatioHigh: cost?.high ?? null,
    },
  };
}
