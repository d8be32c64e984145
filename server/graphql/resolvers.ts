// Every domain's resolvers, merged into the one map Apollo serves. Each domain keeps its own
// file; adding a domain is one import and one entry here.
import { branchResolvers } from '../domains/branches/resolvers.ts';
import { campaignResolvers } from '../domains/campaigns/resolvers.ts';
import { effectivenessResolvers } from '../domains/effectiveness/resolvers.ts';
import { factResolvers } from '../domains/facts/resolvers.ts';
import { freshnessResolvers } from '../domains/freshness/resolvers.ts';
import { membershipResolvers } from '../domains/membership/resolvers.ts';
import { targetResolvers } from '../domains/targets/resolvers.ts';
import { importResolvers } from '../import/graphql-resolvers.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

const parts: Resolvers[] = [branchResolvers, membershipResolvers, campaignResolvers, targetResolvers, effectivenessResolvers, freshnessResolvers, factResolvers, importResolvers];

export const resolvers: Resolvers = {};
for (const part of parts) {
  for (const [type, fields] of Object.entries(part)) {
    const target = resolvers as Record<string, object>;
    target[type] = { ...(target[type] ?? {}), ...(fields as object) };
  }
}
