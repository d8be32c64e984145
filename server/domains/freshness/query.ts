// dataFreshness: how far the stored data lag behind today, per branch, so that old figures are
// never presented as the current state. Each branch is judged on its own latest month: in an
// all-branch view one branch that stopped reporting is named even when the others are current.
// Campaigns are judged apart: membership may be current while the last activity is a year old.
import { monthIndex, monthLabel } from '../../analytics/periods.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { resolveScope, scopeFilters } from '../branches/scope.ts';
import { campaignCube } from '../campaigns/cube.ts';
import { membershipCube } from '../membership/cube.ts';

/** A month's figures are due early in the next month; two months behind leaves a margin. */
export const STALE_AFTER_MONTHS = 2;

export interface DataFreshness {
  latestMonth: string | null;
  latestCampaignMonth: string | null;
  currentMonth: string;
  monthsBehind: number | null;
  campaignMonthsBehind: number | null;
  campaignsStale: boolean;
  staleAfterMonths: number;
  stale: boolean;
  staleBranches: string[];
  /** Branches by their own latest month, oldest first: the latest month's coverage (common/coverage/period-coverage.ts). */
  latestMonths: { month: string; branches: number }[];
}

export async function dataFreshness(db: Database, args: { branch?: string | null; region?: string | null }, now = new Date()): Promise<DataFreshness> {
  const scope = scopeFilters(await resolveScope(db, args));
  const [perBranch, campaigns] = await Promise.all([
    runQuery(db, membershipCube, {
      dimensions: ['branch'],
      measures: ['asOfIndex'],
      filters: scope,
      namedFilters: ['persons'],
    }),
    runQuery(db, campaignCube, { dimensions: [], measures: ['maxPeriodIndex'], filters: scope }),
  ]);
  const current = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
  const latest = perBranch.length ? Math.max(...perBranch.map((r) => Number(r.asOfIndex))) : null;
  const staleBranches = perBranch
    .filter((r) => current - Number(r.asOfIndex) > STALE_AFTER_MONTHS)
    .map((r) => String(r.branch))
    .sort();
  const latestCampaign = campaigns[0]?.maxPeriodIndex === null || campaigns[0]?.maxPeriodIndex === undefined ? null : Number(campaigns[0].maxPeriodIndex);
  const byLatest = new Map<number, number>();
  for (const r of perBranch) byLatest.set(Number(r.asOfIndex), (byLatest.get(Number(r.asOfIndex)) ?? 0) + 1);
  const latestMonths = [...byLatest].sort((a, b) => a[0] - b[0]).map(([index, branches]) => ({ month: monthLabel(index), branches }));
  const campaignMonthsBehind = latestCampaign === null ? null : current - latestCampaign;
  const campaignsStale = campaignMonthsBehind !== null && campaignMonthsBehind > STALE_AFTER_MONTHS;
  return {
    latestMonth: latest === null ? null : monthLabel(latest),
    latestCampaignMonth: latestCampaign === null ? null : monthLabel(latestCampaign),
    currentMonth: monthLabel(current),
    monthsBehind: latest === null ? null : current - latest,
    campaignMonthsBehind,
    campaignsStale,
    staleAfterMonths: STALE_AFTER_MONTHS,
    stale: staleBranches.length > 0 || campaignsStale,
    staleBranches,
    latestMonths,
  };
}
