import { EntitySchema } from '@mikro-orm/core';

/**
 * Every branch target key (a branch, program and segment with a head-office target for a year
 * and metric) with its realisation and run-rate projection as they stand on all data: the
 * key's target, what kind of projection its months allow (targets/projection.ts), the realised
 * figure and its month, the projection to December with its 95 % half-width and floor. A row of
 * targetAttainment over branch targets is then a sum of these rows in SQL, whatever the number
 * of branches (server/domains/targets/attainment-keys.ts keeps it current inside each
 * membership and targets import's transaction and after seeding, and says which questions it
 * answers).
 */
export interface TargetAttainmentKey {
  year: number;
  metric: string;
  branchCode: string;
  program: string;
  segment: string;
  target: number;
  sourceMin: string;
  sourceMax: string;
  /** KeyProjection's kind: no-data, complete, no-rate or projected. */
  kind: string;
  realised?: number | null;
  asOfMonth?: number | null;
  projected?: number | null;
  halfWidth?: number | null;
  floor?: number | null;
}

export const TargetAttainmentKeySchema = new EntitySchema<TargetAttainmentKey>({
  name: 'TargetAttainmentKey',
  tableName: 'target_attainment_key',
  properties: {
    // Year and metric lead: every question is of one year and metric, a branch's or an office's
    // a range per branch within them.
    year: { type: 'integer', primary: true },
    metric: { type: 'string', length: 24, primary: true },
    branchCode: { type: 'string', length: 32, primary: true },
    program: { type: 'string', length: 8, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    target: { type: 'integer' },
    sourceMin: { type: 'string', length: 16 },
    sourceMax: { type: 'string', length: 16 },
    kind: { type: 'string', length: 16 },
    realised: { type: 'integer', nullable: true },
    asOfMonth: { type: 'integer', nullable: true },
    projected: { type: 'double', nullable: true },
    halfWidth: { type: 'double', nullable: true },
    floor: { type: 'double', nullable: true },
  },
});
