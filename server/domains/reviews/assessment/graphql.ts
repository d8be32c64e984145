// Review.assessment: the week's figures beside the review. The review itself was read with the
// reviews permission (readReviews: an account covering the branch that may see staff), which is
// also what the league table's staff figures need, so no other check is asked here.
import type { ReviewResolvers } from '../../../graphql/generated/resolvers-types.ts';
import { readIsoWeek } from '../../../../common/time/iso-week.ts';
import { weekAssessment } from './assessment.ts';

export const assessmentResolver: ReviewResolvers['assessment'] = async (review, _args, context) => {
  const week = readIsoWeek(review.week);
  if (!week.ok) throw new Error(`review ${review.id} has a stored week that is none: ${week.problem}`);
  return weekAssessment(context.db, review.branch, week.week);
};
