import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { effectiveness } from './query.ts';

export const effectivenessResolvers: Resolvers = {
  Query: { effectiveness: (_, args, { db }) => effectiveness(db, args) },
};
