// GraphQL of the weekly review (schema/reviews.graphql): permissions asked of permissions.ts,
// arguments checked by input.ts, every write in the audit log.
import type { GraphQLContext } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { audit } from '../../auth/audit.ts';
import { demand } from '../../auth/permissions.ts';
import { actorName } from '../../auth/principal.ts';
import { BadInputError } from '../../errors.ts';
import { branchReference } from '../branches/query.ts';
import { dueArgument, idArgument, NOTES_MAX, textArgument, titleArgument, weekArgument, weekOfToday } from './input.ts';
import { actionById, addAction, createReview, reviewById, reviewsOf, setActionStatus, staffNames, updateReviewNotes } from './store.ts';
import { reviewStaffResolvers } from './staff.ts';
import { actionView, reviewViews } from './views.ts';
import { assessmentResolver } from './assessment/graphql.ts';
import { reviewOverviewResolver } from './overview-resolver.ts';

function mayWrite(context: GraphQLContext, branch: string): void {
  demand(context.principal, { do: 'writeReview', branch }, context.config.authRead);
}

/** An anonymous caller is refused before an id is looked up, so that no answer tells which ids exist. */
function signedIn(context: GraphQLContext): void {
  if (context.principal.kind === 'anonymous') mayWrite(context, '');
}

async function oneReviewView(context: GraphQLContext, id: number) {
  const review = await reviewById(context.db, id);
  const [view] = await reviewViews(context.db, review.branchCode, [review]);
  return view;
}

const record = (context: GraphQLContext, action: string, target: string, detail: Record<string, unknown>) =>
  audit(context.db, { actor: actorName(context.principal), action, target, detail, ip: context.ip });

export const reviewResolvers: Resolvers = {
  Review: { assessment: assessmentResolver },
  Query: {
    reviews: async (_parent, args, context) => {
      const branch = await branchReference(context.db, args.branch);
      demand(context.principal, { do: 'readReviews', branch }, context.config.authRead);
      const from = args.from ? weekArgument('from', args.from).key : undefined;
      const to = args.to ? weekArgument('to', args.to).key : undefined;
      if (from && to && from > to) throw new BadInputError('from', `"${from}" is after to "${to}"`);
      return reviewViews(context.db, branch.code, await reviewsOf(context.db, branch.code, { from, to }));
    },
    reviewOverview: reviewOverviewResolver,
    // The team an action's owner is picked from (staff.ts).
    ...reviewStaffResolvers.Query,
  },
  Mutation: {
    createReview: async (_parent, args, context) => {
      const { code } = await branchReference(context.db, args.branch);
      mayWrite(context, code);
      const week = weekArgument('week', args.week, weekOfToday());
      const notes = textArgument('notes', args.notes, NOTES_MAX);
      const review = await createReview(context.db, { branch: code, week: week.key, notes, by: actorName(context.principal) });
      await record(context, 'review.created', `${code} ${week.key}`, { id: review.id });
      return oneReviewView(context, review.id);
    },
    updateReview: async (_parent, args, context) => {
      signedIn(context);
      const review = await reviewById(context.db, idArgument('id', args.id), 'id');
      mayWrite(context, review.branchCode);
      await updateReviewNotes(context.db, review.id, textArgument('notes', args.notes, NOTES_MAX));
      await record(context, 'review.updated', `${review.branchCode} ${review.week}`, { id: review.id });
      return oneReviewView(context, review.id);
    },
    addAction: async (_parent, args, context) => {
      signedIn(context);
      const review = await reviewById(context.db, idArgument('review', args.review));
      mayWrite(context, review.branchCode);
      const title = titleArgument(args.title);
      const due = dueArgument(args.due);
      const names = await staffNames(context.db, review.branchCode);
      const owner = args.owner?.trim() ? args.owner.trim() : null;
      if (owner && !names.has(owner)) {
        throw new BadInputError('owner', `"${owner}" is not on the staff of branch ${review.branchCode}${names.size ? ` (e.g. ${[...names.keys()].slice(0, 3).join(', ')})` : ''}`);
      }
      const action = await addAction(context.db, review, { title, owner, due });
      await record(context, 'action.added', `${review.branchCode} ${review.week}`, { id: action.id, review: review.id });
      return actionView(action, names);
    },
    setActionStatus: async (_parent, args, context) => {
      signedIn(context);
      const current = await actionById(context.db, idArgument('id', args.id));
      mayWrite(context, current.branchCode);
      const action = await setActionStatus(context.db, current.id, args.status, weekOfToday().key);
      if (action.status !== current.status) {
        await record(context, 'action.status', `${action.branchCode} ${action.week}`, { id: action.id, from: current.status, to: args.status });
      }
      return actionView(action, await staffNames(context.db, action.branchCode));
    },
  },
};
