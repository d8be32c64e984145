// The campaign-reach chart's title says what its bars are: per channel by default, per office,
// branch, month… when the question groups otherwise (campaignReach's groupBy), so that a chart
// of the regional offices is not titled "by channel". By channel without a grouping (a chart
// drawn from rows alone: by week when its keys are weeks, campaign-reach-layout.ts).
import type { Locale } from '../i18n/format.ts';
import type { ReachGroupBy } from '../vocabulary/schema-enums.ts';
import { labels } from './labels.ts';

export function campaignReachTitle(locale: Locale, groupBy?: unknown): string {
  const L = labels(locale);
  return typeof groupBy === 'string' && Object.hasOwn(L.campaignReachTitleBy, groupBy) ? L.campaignReachTitleBy[groupBy as ReachGroupBy] : L.campaignReachTitleBy.CHANNEL;
}
