// reviewStaff (schema/reviews.graphql): the branch's team, the people an action's owner is
// picked from. Read-only; read by those who read the branch's reviews, since it names staff.
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { inByteOrder } from '../../analytics/byte-order.ts';
import type { Database } from '../../db/orm.ts';
import type { StaffRole } from '../../../common/vocabulary/catalog.ts';
import { demandReviewReader } from './reader-access.ts';

export interface StaffMember {
  code: string;
  name: string;
  role: StaffRole;
}

/** The branch's staff in code order (byte order on both databases). */
export async function branchStaff(db: Database, branch: string): Promise<StaffMember[]> {
  const rows = (await db.read('staff').where('branch_code', branch).select('code', 'name', 'role').orderBy(inByteOrder(db, 'staff', 'code'))) as StaffMember[];
  return rows.map((r) => ({ code: String(r.code), name: String(r.name), role: r.role }));
}

export const reviewStaffResolvers: Resolvers = {
  Query: {
    reviewStaff: async (_parent, args, context) => {
      const branch = await demandReviewReader(context.db, context.principal, context.config.authRead, args.branch);
      return branchStaff(context.db, branch.code);
    },
  },
};
