import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { ActivityType, DataSource, Medium } from '../../../common/vocabulary/catalog.ts';

/**
 * One socialisation session or promotion placement. `medium` is derived from activity+channel
 * at write time so that grouping by medium is a plain GROUP BY. Optional key parts
 * (name, staff, segment) are '' when absent (see NONE in the catalog).
 */
export interface CampaignActivity {
  id: number;
  branchCode: string;
  date: string;
  year: number;
  month: number;
  periodIndex: number;
  activity: ActivityType;
  channel: string;
  medium: Medium;
  name: string;
  reach: number;
  leads?: number | null;
  registrations: number;
  /** Whole Rupiah. */
  costIdr: number;
  segment: string;
  staffCode: string;
  source: DataSource;
  importId?: number | null;
}

export const CampaignActivitySchema = new EntitySchema<CampaignActivity>({
  name: 'CampaignActivity',
  tableName: 'campaign_activity',
  uniques: [
    {
      name: 'campaign_natural_key',
      properties: ['branchCode', 'date', 'activity', 'channel', 'name', 'staffCode'],
    },
  ],
  indexes: [
    { name: 'campaign_period_idx', properties: ['branchCode', 'periodIndex', 'activity', 'channel'] },
    // The rows an import wrote, which its rollup refresh reads inside its transaction (without
    // it, every import scanned every activity three times: 4.5 s for one row at national scale).
    { name: 'campaign_import_idx', properties: ['importId'] },
    // The days of a week range over every branch (the nation's ranking for last week): the
    // branch-led indexes hold each branch's days apart, which SQLite skips between with its
    // statistics but PostgreSQL cannot; without this a week read the whole months around it of
    // every branch.
    { name: 'campaign_date_idx', properties: ['date'] },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    branchCode: { type: 'string', length: 32 },
    date: { type: 'string', length: 10 },
    year: { type: 'integer' },
    month: { type: 'integer' },
    periodIndex: { type: 'integer' },
    activity: { type: 'string', length: 16 },
    channel: { type: 'string', length: 32 },
    medium: { type: 'string', length: 16 },
    name: { type: 'string', length: 300, default: '' },
    reach: { type: 'integer' },
    leads: { type: 'integer', nullable: true },
    registrations: { type: 'integer' },
    // Whole Rupiah in a 64-bit integer: sums are exact and the same on SQLite and PostgreSQL
    // (floating-point amounts summed differently in the last bits). Read as a JS number
    // (amounts stay far below 2^53).
    costIdr: { type: new BigIntType('number'), default: 0 },
    segment: { type: 'string', length: 8, default: '' },
    staffCode: { type: 'string', length: 64, default: '' },
    source: { type: 'string', length: 16 },
    importId: { type: 'integer', nullable: true },
  },
});
