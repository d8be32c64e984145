import { BigIntType, EntitySchema } from '@mikro-orm/core';

/**
 * Campaign activities pre-aggregated per branch, month, activity type and channel: what the
 * reach and effectiveness questions read instead of every activity when they need no staff,
 * segment or activity name (server/domains/campaigns/rollup.ts keeps it current inside each
 * import's transaction and says which questions it answers). Only plain sums, counts and
 * extremes: the second moments of the statistics can pass 2^63 once summed (reach² of two
 * large placements), so questions that need them read the activities themselves.
 */
export interface CampaignRollup {
  branchCode: string;
  periodIndex: number;
  activity: string;
  channel: string;
  year: number;
  month: number;
  medium: string;
  activities: number;
  reach: number;
  leads: number;
  registrations: number;
  costIdr: number;
  sourceMin: string;
  sourceMax: string;
}

const big = () => ({ type: new BigIntType('number') });

export const CampaignRollupSchema = new EntitySchema<CampaignRollup>({
  name: 'CampaignRollup',
  tableName: 'campaign_rollup',
  // All-branch questions over a period read by time first.
  indexes: [{ name: 'campaign_rollup_period_idx', properties: ['periodIndex', 'activity', 'channel'] }],
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    periodIndex: { type: 'integer', primary: true },
    activity: { type: 'string', length: 16, primary: true },
    channel: { type: 'string', length: 32, primary: true },
    year: { type: 'integer' },
    month: { type: 'integer' },
    medium: { type: 'string', length: 16 },
    activities: { type: 'integer' },
    reach: big(),
    leads: big(),
    registrations: big(),
    costIdr: big(),
    sourceMin: { type: 'string', length: 16 },
    sourceMax: { type: 'string', length: 16 },
  },
});
