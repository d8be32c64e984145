import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { listBranches } from './query.ts';

export const branchResolvers: Resolvers = {
  Query: { branches: (_, __, { db }) => listBranches(db) },
};
