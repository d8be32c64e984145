// A notice above the panels when the data shown are old: the latest month with data is more
// than two months behind today (server's dataFreshness), so nobody reads last year's figures as
// the current state. In the all-branch view it also names the branches that lag behind, and
// says how many branches the latest month covers when some branch reported it before the others
// (common/coverage/period-coverage.ts: the month the others have reported too is named complete).
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../common/gql/index.ts';
import type { Messages } from '../../../common/i18n/messages.ts';
import { freshnessVariables, type ScopeArgs } from '../../../common/dashboard/first-view.ts';
import { latestMonthCoverage, monthsBetween, type PeriodCoverage } from '../../../common/coverage/period-coverage.ts';
import { periodCoverage as COVERAGE_TEXTS } from '../../../common/i18n/period-coverage.ts';
import { formatInteger, formatPeriod, type Locale } from '../../../common/i18n/format.ts';

export const FreshnessNoticeQuery = graphql(`
  query FreshnessNotice($branch: ID, $region: ID) {
    dataFreshness(branch: $branch, region: $region) {
      latestMonth
      monthsBehind
      latestCampaignMonth
      campaignMonthsBehind
      campaignsStale
      staleAfterMonths
      stale
      staleBranches
      latestMonths {
        month
        branches
      }
    }
  }
`);

/** At most this many lagging branches are named; the rest are counted. */
export const MAX_NAMED_BRANCHES = 8;

/**
 * The lagging branches to name: none when the latest month itself is stale (then every branch
 * lags, and the notice says so already), else the first few and how many more, so that the
 * nation's notice is a line, not a wall of 147 codes.
 */
export function laggingBranches(codes: readonly string[], latestIsStale: boolean): { shown: string[]; more: number } {
  if (latestIsStale) return { shown: [], more: 0 };
  return { shown: codes.slice(0, MAX_NAMED_BRANCHES), more: Math.max(0, codes.length - MAX_NAMED_BRANCHES) };
}

/**
 * The notice's line on the latest month's branches, or null when every branch that reported the
 * months before reported it too: "Data terakhir: November 2025 (1 dari 147 cabang); Oktober 2025
 * lengkap.", then how old the complete month is when that is stale.
 */
export function latestCoverageText(
  coverage: PeriodCoverage,
  freshness: { monthsBehind: number | null; staleAfterMonths: number },
  locale: Locale,
): string | null {
  const latest = coverage.incomplete.at(-1);
  if (!latest || !coverage.headline) return null;
  const C = COVERAGE_TEXTS[locale];
  const line = C.latestMonthCoverage(formatPeriod(latest.period, locale), formatInteger(latest.reportingBranches, locale), formatInteger(latest.of, locale), formatPeriod(coverage.headline, locale));
  if (freshness.monthsBehind === null) return line;
  const completeBehind = freshness.monthsBehind + monthsBetween(coverage.headline, latest.period);
  return completeBehind > freshness.staleAfterMonths ? `${line} ${C.completeMonthStale(completeBehind)}` : line;
}

export function FreshnessNotice({ scope, locale, m }: { scope: ScopeArgs; locale: Locale; m: Messages }) {
  const { data } = useQuery(FreshnessNoticeQuery, { variables: freshnessVariables(scope) });
  const freshness = data?.dataFreshness;
  // One branch's data cover its own months: only a wider scope can have a month of a few branches.
  const coverage = freshness && !scope.branch ? latestCoverageText(latestMonthCoverage(freshness.latestMonths), freshness, locale) : null;
  if (!freshness || (!freshness.stale && !coverage)) return null;
  // With several branches (a region, the nation), the latest month may be current while some
  // branches lag: name those.
  const latestIsStale = freshness.latestMonth !== null && freshness.monthsBehind !== null && freshness.monthsBehind > freshness.staleAfterMonths;
  const others = scope.branch ? { shown: [], more: 0 } : laggingBranches(freshness.staleBranches, latestIsStale);
  return (
    <div className="notice notice-stale" role="note" data-testid="stale-notice">
      {freshness.stale ? <strong>{m.staleNotice}</strong> : null}
      {coverage ? (
        <span data-testid="latest-coverage">{coverage}</span>
      ) : latestIsStale ? (
        <span>{m.staleSince(formatPeriod(freshness.latestMonth!, locale), freshness.monthsBehind!)}</span>
      ) : null}
      {others.shown.length ? <span>{m.staleBranches(others.shown.join(', '), others.more)}</span> : null}
      {freshness.campaignsStale && freshness.latestCampaignMonth && freshness.campaignMonthsBehind !== null ? (
        <span>{m.staleCampaigns(formatPeriod(freshness.latestCampaignMonth, locale), freshness.campaignMonthsBehind)}</span>
      ) : null}
    </div>
  );
}
