// Campaign results of one branch over ISO weeks (a week, or the weeks of a year so far),
// grouped by staff member or activity type: campaignReach's answer with weeks as periods
// (`from: '2026-W05', to: '2026-W05'`), summed in SQL over the activities of those days.
import type { Database } from '../../../db/orm.ts';
import { campaignReach } from '../../campaigns/query.ts';
import type { AggregateSource } from '../../source.ts';

export interface CampaignCounts {
  activities: number;
  registrations: number;
  /** Attendees of socialisation plus impressions of promotion: split them by activity type to read them. */
  reach: number;
  attendees: number;
  impressions: number;
}

export interface CampaignWeekRow extends CampaignCounts {
  key: string;
  source: AggregateSource;
}

export const NO_CAMPAIGNS: CampaignCounts = { activities: 0, registrations: 0, reach: 0, attendees: 0, impressions: 0 };

/** The branch's campaign results from week `from` to week `to` (inclusive), one row per group. */
export async function campaignsOverWeeks(db: Database, branch: string, weeks: { from: string; to: string }, groupBy: 'STAFF' | 'ACTIVITY'): Promise<CampaignWeekRow[]> {
  const rows = await campaignReach(db, { branch, from: weeks.from, to: weeks.to, groupBy, orderBy: 'KEY' });
  return rows.map((r) => ({ key: r.key, activities: r.activities, registrations: r.registrations, reach: r.reach, attendees: r.attendees, impressions: r.impressions, source: r.source }));
}
