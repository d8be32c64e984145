// GraphQL of planning (schema/planning.graphql): the target plan and its split, with the
// permissions asked of permissions.ts and every split in the audit log.
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { audit } from '../../auth/audit.ts';
import { demand } from '../../auth/permissions.ts';
import { actorName } from '../../auth/principal.ts';
import { branchReference } from '../branches/query.ts';
import { yearArgument } from './input.ts';
import { targetPlan } from './plan.ts';
import { writeTargetSplit } from './split.ts';

export const planningResolvers: Resolvers = {
  Query: {
    targetPlan: async (_parent, args, context) => {
      const branch = await branchReference(context.db, args.branch);
      demand(context.principal, { do: 'readPlan', branch }, context.config.authRead);
      return targetPlan(context.db, branch.code, yearArgument(args.year));
    },
  },
  Mutation: {
    setTargetSplit: async (_parent, args, context) => {
      const { code } = await branchReference(context.db, args.branch);
      demand(context.principal, { do: 'planTargets', branch: code }, context.config.authRead);
      const year = yearArgument(args.year);
      const runId = await writeTargetSplit(context.db, { branch: code, year, program: args.program, segment: args.segment, shares: args.shares, actor: actorName(context.principal) });
      await audit(context.db, {
        actor: actorName(context.principal), action: 'targets.split', target: `${code} ${year} ${args.program} ${args.segment}`,
        detail: { run: runId, shares: args.shares.map((s) => ({ staff: s.staff, target: s.target })) }, ip: context.ip,
      });
      const plan = await targetPlan(context.db, code, year);
      return plan.find((line) => line.program === args.program && line.segment === args.segment)!;
    },
  },
};
