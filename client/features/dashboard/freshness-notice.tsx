// A notice above the panels when the data shown are old: the latest month with data is more
// than two months behind today (server's dataFreshness), so nobody reads last year's figures as
// the current state. In the all-branch view it also names the branches that lag behind, and
// says how many branches the latest month covers when some branch reported it before the others
// (common/coverage/period-coverage.ts: the month the others have reported too is named complete).
// The lagging branches are named as the charts and the report name them (common/charts/
// office-names.ts), by the directory the app has loaded; a code the directory lacks stays a code.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../common/gql/index.ts';
import { AppDocument } from '../../../common/gql/graphql.ts';
import { officeNames } from '../../../common/charts/office-names.ts';
import { laggingBranches } from '../../../common/coverage/lagging-branches.ts';
import type { Messages } from '../../../common/i18n/messages.ts';
import { freshnessVariables, type ScopeArgs } from '../../../common/dashboard/first-view.ts';
import { latestMonthCoverage } from '../../../common/coverage/period-coverage.ts';
import { latestCoverageText } from '../../../common/coverage/latest-coverage-text.ts';
import { formatPeriod, type Locale } from '../../../common/i18n/format.ts';

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

export function FreshnessNotice({ scope, locale, m }: { scope: ScopeArgs; locale: Locale; m: Messages }) {
  const { data } = useQuery(FreshnessNoticeQuery, { variables: freshnessVariables(scope) });
  // The branch and office directory the app asked for (App): read from the cache, never asked again.
  const { data: directory } = useQuery(AppDocument, { fetchPolicy: 'cache-only' });
  const names = useMemo(() => officeNames(directory, locale), [directory, locale]);
  const freshness = data?.dataFreshness;
  // One branch's data cover its own months: only a wider scope can have a month of a few branches.
  const coverage = freshness && !scope.branch ? latestCoverageText(latestMonthCoverage(freshness.latestMonths), freshness, locale) : null;
  if (!freshness || (!freshness.stale && !coverage)) return null;
  // With several branches (a region, the nation), the latest month may be current while some
  // branches lag: name those.
  const latestIsStale = freshness.latestMonth !== null && freshness.monthsBehind !== null && freshness.monthsBehind > freshness.staleAfterMonths;
  const others = scope.branch ? { shown: [], more: 0 } : laggingBranches(freshness.staleBranches, latestIsStale, names);
  return (
    <div className="notice notice-stale" role="note" data-testid="stale-notice">
      {freshness.stale ? <strong>{m.staleNotice}</strong> : null}
      {coverage ? (
        <span data-testid="latest-coverage">{coverage}</span>
      ) : latestIsStale ? (
        <span>{m.staleSince(formatPeriod(freshness.latestMonth!, locale), freshness.monthsBehind!)}</span>
      ) : null}
      {others.shown.length ? <span data-testid="stale-branches">{m.staleBranches(others.shown.join(', '), others.more)}</span> : null}
      {freshness.campaignsStale && freshness.latestCampaignMonth && freshness.campaignMonthsBehind !== null ? (
        <span>{m.staleCampaigns(formatPeriod(freshness.latestCampaignMonth, locale), freshness.campaignMonthsBehind)}</span>
      ) : null}
    </div>
  );
}
