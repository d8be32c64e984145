// reviewStaff (schema/reviews.graphql): the branch's team, the people an action's owner is
// picked from. Read-only; read by those who read the branch's reviews, since it names staff.
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { branchStaff } from '../staff.ts';
import { demandReviewReader } from './reader-access.ts';

export const reviewStaffResolvers: Resolvers = {
  Query: {
    reviewStaff: async (_parent, args, context) => {
      const branch = await demandReviewReader(context.db, context.principal, context.config.authRead, args.branch);
      return branchStaff(context.db, branch.code);
    },
  },
};
