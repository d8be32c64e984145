import { EntitySchema } from '@mikro-orm/core';
import type { DataSource, StaffRole } from '../../../common/vocabulary/catalog.ts';

/** A member of a branch's membership department: Kabid, AR, ARK or PAP. */
export interface Staff {
  code: string;
  branchCode: string;
  name: string;
  role: StaffRole;
  source: DataSource;
}

export const StaffSchema = new EntitySchema<Staff>({
  name: 'Staff',
  tableName: 'staff',
  properties: {
    code: { type: 'string', length: 64, primary: true },
    branchCode: { type: 'string', length: 32, index: 'staff_branch_idx' },
    name: { type: 'string', length: 200 },
    role: { type: 'string', length: 8 },
    source: { type: 'string', length: 16 },
  },
});
