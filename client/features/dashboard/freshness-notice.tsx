// A notice above the panels when the data shown are old: the latest month with data is more
// than two months behind today (server's dataFreshness), so nobody reads last year's figures as
// the current state. In the all-branch view it also names the branches that lag behind.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../common/gql/index.ts';
import { formatPeriod, type Locale } from '../../../common/i18n/format.ts';
import type { Messages } from '../../../common/i18n/messages.ts';
import { freshnessVariables, type ScopeArgs } from '../../../common/dashboard/first-view.ts';

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
    }
  }
`);

export function FreshnessNotice({ scope, locale, m }: { scope: ScopeArgs; locale: Locale; m: Messages }) {
  const { data } = useQuery(FreshnessNoticeQuery, { variables: freshnessVariables(scope) });
  const freshness = data?.dataFreshness;
  if (!freshness?.stale) return null;
  // With several branches (a region, the nation), the latest month may be current while some
  // branches lag: name those.
  const latestIsStale = freshness.latestMonth !== null && freshness.monthsBehind !== null && freshness.monthsBehind > freshness.staleAfterMonths;
  const others = scope.branch ? [] : freshness.staleBranches;
  return (
    <div className="notice notice-stale" role="note" data-testid="stale-notice">
      <strong>{m.staleNotice}</strong>
      {latestIsStale ? <span>{m.staleSince(formatPeriod(freshness.latestMonth!, locale), freshness.monthsBehind!)}</span> : null}
      {others.length ? <span>{m.staleBranches(others.join(', '))}</span> : null}
      {freshness.campaignsStale && freshness.latestCampaignMonth && freshness.campaignMonthsBehind !== null ? (
        <span>{m.staleCampaigns(formatPeriod(freshness.latestCampaignMonth, locale), freshness.campaignMonthsBehind)}</span>
      ) : null}
    </div>
  );
}
