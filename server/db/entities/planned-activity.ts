import { BigIntType, EntitySchema } from '@mikro-orm/core';

/**
 * A socialisation activity the Kabid planned (where, for whom, who, when). Once done, its results
 * are imported as a campaign activity (the import run is kept), so plan and realisation compare.
 */
export interface PlannedActivity {
  id: number;
  branchCode: string;
  /** The planned day, `YYYY-MM-DD`, and its ISO week `YYYY-Www`. */
  date: string;
  week: string;
  channel: string;
  location: string;
  audience: string;
  staffCode?: string | null;
  segment?: string | null;
  status: 'PLANNED' | 'DONE' | 'CANCELLED';
  /** The day it took place and its ISO week, once done. */
  realisedDate?: string | null;
  realisedWeek?: string | null;
  reach?: number | null;
  registrations?: number | null;
  costIdr?: number | null;
  importRunId?: number | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export const PlannedActivitySchema = new EntitySchema<PlannedActivity>({
  name: 'PlannedActivity',
  tableName: 'planned_activity',
  indexes: [{ name: 'planned_activity_branch_date_idx', properties: ['branchCode', 'date'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    branchCode: { type: 'string', length: 32 },
    date: { type: 'string', length: 10 },
    week: { type: 'string', length: 8 },
    channel: { type: 'string', length: 32 },
    location: { type: 'string', length: 200 },
    audience: { type: 'string', length: 300 },
    staffCode: { type: 'string', length: 64, nullable: true },
    segment: { type: 'string', length: 8, nullable: true },
    status: { type: 'string', length: 12 },
    realisedDate: { type: 'string', length: 10, nullable: true },
    realisedWeek: { type: 'string', length: 8, nullable: true },
    reach: { type: 'integer', nullable: true },
    registrations: { type: 'integer', nullable: true },
    costIdr: { type: new BigIntType('number'), nullable: true },
    importRunId: { type: 'integer', nullable: true },
    createdBy: { type: 'string', length: 200 },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
});
