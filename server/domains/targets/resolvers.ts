import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { targetAttainment } from './query.ts';

export const targetResolvers: Resolvers = {
  Query: { targetAttainment: (_, args, { db }) => targetAttainment(db, args) },
};
