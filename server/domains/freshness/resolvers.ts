import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { dataFreshness } from './query.ts';

export const freshnessResolvers: Resolvers = {
  Query: { dataFreshness: (_, args, { db }) => dataFreshness(db, args) },
};
