import { EntitySchema } from '@mikro-orm/core';
import type { DataSource, TargetMetric } from '../../../common/vocabulary/catalog.ts';

/** A yearly target set by head office (staffCode '') or split by the Kabid to one staff member. */
export interface Target {
  id: number;
  branchCode: string;
  year: number;
  program: string;
  segment: string;
  metric: TargetMetric;
  staffCode: string;
  target: number;
  source: DataSource;
  importId?: number | null;
}

export const TargetSchema = new EntitySchema<Target>({
  name: 'Target',
  tableName: 'target',
  uniques: [
    { name: 'target_natural_key', properties: ['branchCode', 'year', 'program', 'segment', 'metric', 'staffCode'] },
  ],
  indexes: [
    // The targets of one year and metric, branch targets (staff '') apart from the staff split,
    // in the order targetAttainment groups them by, holding every column it reads: the nation's
    // targets are then one range of the index, not a scan of every year's.
    { name: 'target_year_idx', properties: ['year', 'metric', 'staffCode', 'branchCode', 'program', 'segment', 'target', 'source'] },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    branchCode: { type: 'string', length: 32 },
    year: { type: 'integer' },
    program: { type: 'string', length: 8 },
    segment: { type: 'string', length: 8 },
    metric: { type: 'string', length: 24 },
    staffCode: { type: 'string', length: 64, default: '' },
    target: { type: 'integer' },
    source: { type: 'string', length: 16 },
    importId: { type: 'integer', nullable: true },
  },
});
