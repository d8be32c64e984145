import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { campaignReach } from './query.ts';

export const campaignResolvers: Resolvers = {
  Query: { campaignReach: (_, args, { db }) => campaignReach(db, args) },
};
