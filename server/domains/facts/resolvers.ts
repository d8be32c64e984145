// Raw facts with cursor pagination: one-liners over the query functions.
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { campaignFacts, membershipFacts, targetFacts } from './query.ts';

export const factResolvers: Resolvers = {
  Query: {
    membershipFacts: (_, args, { db }) => membershipFacts(db, args) as never,
    campaignFacts: (_, args, { db }) => campaignFacts(db, args) as never,
    targetFacts: (_, args, { db }) => targetFacts(db, args) as never,
  },
};
