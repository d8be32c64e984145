// Review.assessment: the week's figures beside the review. The review itself was read with the
// reviews permission (readReviews: an account covering the branch that may see staff), which is
// also what the league table's staff figures need, so no other check is asked here.
// Each assessment asks seven questions, and the cost limit of the analytic fields does not see
// them (reviews is no analytic field): one request computes at most ASSESSMENTS_MAX of them.
import type { GraphQLContext } from '../../../graphql/context.ts';
import type { ReviewResolvers } from '../../../graphql/generated/resolvers-types.ts';
import { readIsoWeek } from '../../../../common/time/iso-week.ts';
import { BadInputError } from '../../../errors.ts';
import { weekAssessment } from './assessment.ts';

/** Enough for a quarter of weekly reviews side by side. */
export const ASSESSMENTS_MAX = 13;

const asked = new WeakMap<GraphQLContext, number>();

export const assessmentResolver: ReviewResolvers['assessment'] = async (review, _args, context) => {
  const count = (asked.get(context) ?? 0) + 1;
  asked.set(context, count);
  if (count > ASSESSMENTS_MAX) throw new BadInputError('assessment', `one request computes the assessments of at most ${ASSESSMENTS_MAX} reviews; ask reviews with a shorter range (from, to)`);
  const week = readIsoWeek(review.week);
  if (!week.ok) throw new Error(`review ${review.id} has a stored week that is none: ${week.problem}`);
  return weekAssessment(context.db, review.branch, week.week);
};
