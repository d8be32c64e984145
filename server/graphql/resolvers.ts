// The one resolver map Apollo serves: a Query field per analytic question (server/domains/
// questions.ts), each calling the question's answer, which validates its arguments (a
// BadInputError names the bad one) as GraphQL passes them, once the caller's permissions have
// scoped them (server/auth/question-access.ts); then the import's, the accounts' and the weekly review's resolvers.
import { accountResolvers } from '../auth/graphql-resolvers.ts';
import { authorizeQuestion } from '../auth/question-access.ts';
import { QUESTIONS } from '../domains/questions.ts';
import { plannedActivityResolvers } from '../domains/planning/activities/graphql-resolvers.ts';
import { planningResolvers } from '../domains/planning/graphql-resolvers.ts';
import { reviewResolvers } from '../domains/reviews/graphql-resolvers.ts';
import { importResolvers } from '../import/graphql-resolvers.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './context.ts';
import { CountScalar } from './count-scalar.ts';
import type { QueryResolvers, Resolvers } from './generated/resolvers-types.ts';
import { selectedFields } from './selected-fields.ts';

const questionResolvers: QueryResolvers = Object.fromEntries(
  QUESTIONS.map((q) => [
    q.field,
    async (_parent: unknown, args: unknown, context: GraphQLContext, info: GraphQLResolveInfo) =>
      q.answer(context.db, await authorizeQuestion(context, context.principal, q, args), { fields: selectedFields(info) }),
  ]),
);

const parts: Resolvers[] = [{ Query: questionResolvers, Count: CountScalar }, importResolvers, accountResolvers, reviewResolvers, planningResolvers, plannedActivityResolvers];

export const resolvers: Resolvers = {};
for (const part of parts) {
  for (const [type, fields] of Object.entries(part)) {
    const target = resolvers as Record<string, object>;
    target[type] = { ...(target[type] ?? {}), ...(fields as object) };
  }
}
