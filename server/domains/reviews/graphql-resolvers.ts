// GraphQL of the weekly review (schema/reviews.graphql): permissions asked of permissions.ts,
// arguments checked by input.ts, every write in the audit log.
import type { GraphQLContext } from '../../graphql/context.ts';
import type { Resolvers } from '../../graphql/generated/resolvers-types.ts';
import { audit } from '../../auth/audit.ts';
import { writableById } from '../../auth/by-id.ts';
import { demand } from '../../auth/permissions.ts';
import { actorName } from '../../auth/principal.ts';
import { BadInputError } from '../../errors.ts';
import { branchReference } from '../branches/query.ts';
import { dueArgument, idArgument, NOTES_MAX, pageSizeArgument, textArgument, titleArgument, weekArgument, weekOfToday } from './input.ts';
import { addAction, createReview, findAction, findReview, REVIEWS_MAX, reviewById, reviewsOf, setActionStatus, updateReviewNotes } from './store.ts';
import { staffNames } from '../staff.ts';
import { reviewStaffResolvers } from './staff.ts';
import { actionView, reviewViews } from './views.ts';
import { assessmentResolver } from './assessment/graphql.ts';
import { reviewOverviewResolver } from './overview-resolver.ts';

function mayWrite(context: GraphQLContext, branch: string): void {
  demand(context.principal, { do: 'writeReview', branch }, context.config.authRead);
}

/** The review or action of an id the caller writes; missing and another office's answer alike (by-id.ts). */
const writableReview = (context: GraphQLContext, argument: string, id: number) =>
  writableById(context, { argument, what: 'review', id, find: () => findReview(context.db, id), branchOf: (r) => r.branchCode, read: (branch) => ({ do: 'readReviews', branch }), write: (branch) => ({ do: 'writeReview', branch }) });
const writableAction = (context: GraphQLContext, id: number) =>
  writableById(context, { argument: 'id', what: 'action', id, find: () => findAction(context.db, id), branchOf: (a) => a.branchCode, read: (branch) => ({ do: 'readReviews', branch }), write: (branch) => ({ do: 'writeReview', branch }) });

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
      const before = args.before ? weekArgument('before', args.before).key : undefined;
      const last = args.last === null || args.last === undefined ? undefined : pageSizeArgument('last', args.last, REVIEWS_MAX);
      return reviewViews(context.db, branch.code, await reviewsOf(context.db, branch.code, { from, to, before, last }));
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
      const review = await writableReview(context, 'id', idArgument('id', args.id));
      await updateReviewNotes(context.db, review.id, textArgument('notes', args.notes, NOTES_MAX));
      await record(context, 'review.updated', `${review.branchCode} ${review.week}`, { id: review.id });
      return oneReviewView(context, review.id);
    },
    addAction: async (_parent, args, context) => {
      const review = await writableReview(context, 'review', idArgument('review', args.review));
      const title = titleArgument(args.title);
      const due = dueArgument(args.due);
      const names = await staffNames(context.db, { branch: review.branchCode });
      const owner = args.owner?.trim() ? args.owner.trim() : null;
      if (owner && !names.has(owner)) {
        throw new BadInputError('owner', `"${owner}" is not on the staff of branch ${review.branchCode}${names.size ? ` (e.g. ${[...names.keys()].slice(0, 3).join(', ')})` : ''}`, 'NOT_BRANCH_STAFF');
      }
      const action = await addAction(context.db, review, { title, owner, due });
      await record(context, 'action.added', `${review.branchCode} ${review.week}`, { id: action.id, review: review.id });
      return actionView(action, names);
    },
    setActionStatus: async (_parent, args, context) => {
      const current = await writableAction(context, idArgument('id', args.id));
      const { action } = await setActionStatus(context.db, current.id, args.status, weekOfToday().key, ({ action: changed, from }) => ({
        actor: actorName(context.principal), action: 'action.status', target: `${changed.branchCode} ${changed.week}`, detail: { id: changed.id, from, to: args.status }, ip: context.ip,
      }));
      return actionView(action, await staffNames(context.db, { branch: action.branchCode }));
    },
  },
};
