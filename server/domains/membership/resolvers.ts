import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { membershipTrend } from './query.ts';

export const membershipResolvers: Resolvers = {
  Query: { membershipTrend: (_, args, { db }) => membershipTrend(db, args) },
};
