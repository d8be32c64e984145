import { EntitySchema } from '@mikro-orm/core';

/**
 * One month of a staff member's share of a branch target, as the Kabid phased it (planning):
 * the new participants they are to register in that month. A share without rows is spread
 * evenly. Keyed like the share's target row (metric NEW_PARTICIPANTS), so a re-import of the
 * share that changes its total is seen as phasing that no longer adds up.
 */
export interface TargetPhasing {
  branchCode: string;
  year: number;
  program: string;
  segment: string;
  staffCode: string;
  month: number;
  target: number;
}

export const TargetPhasingSchema = new EntitySchema<TargetPhasing>({
  name: 'TargetPhasing',
  tableName: 'target_phasing',
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    year: { type: 'integer', primary: true },
    program: { type: 'string', length: 8, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    staffCode: { type: 'string', length: 64, primary: true },
    month: { type: 'integer', primary: true },
    target: { type: 'integer' },
  },
});
