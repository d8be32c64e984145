// Reviews and actions as GraphQL shows them: weeks with their days, owners with their names,
// and per review the earlier actions it carried over.
import { readIsoWeek } from '../../../common/time/iso-week.ts';
import type { Action as GqlAction, Review as GqlReview } from '../../graphql/generated/resolvers-types.ts';
import type { Database } from '../../db/orm.ts';
import { staffNames } from '../staff.ts';
import { actionsOf, openActionsBefore, type Review, type ReviewAction } from './store.ts';

/** A review without its assessment, which its own resolver computes when asked (assessment/). */
export type ReviewView = Omit<GqlReview, 'assessment'>;

export function actionView(action: ReviewAction, names: Map<string, string>): GqlAction {
  return {
    id: String(action.id),
    title: action.title,
    owner: action.owner ?? null,
    ownerName: action.owner ? (names.get(action.owner) ?? null) : null,
    due: action.due ?? null,
    status: action.status,
    week: action.week,
    closedWeek: action.closedWeek ?? null,
  };
}

/** Whether an action of an earlier review was still open in `week`. */
function openIn(action: ReviewAction, week: string): boolean {
  return action.week < week && (action.status === 'OPEN' || (action.closedWeek ?? '') >= week);
}

/** The reviews of one branch with their actions and carried-over actions, in three reads. */
export async function reviewViews(db: Database, branch: string, reviews: Review[]): Promise<ReviewView[]> {
  if (!reviews.length) return [];
  const weeks = reviews.map((r) => r.week).sort();
  const [own, earlier, names] = await Promise.all([
    actionsOf(db, reviews.map((r) => r.id)),
    openActionsBefore(db, branch, weeks[weeks.length - 1], weeks[0]),
    staffNames(db, { branch }),
  ]);
  return reviews.map((review) => {
    const days = readIsoWeek(review.week);
    return {
      id: String(review.id),
      branch: review.branchCode,
      week: review.week,
      weekStart: days.ok ? days.week.first : '',
      weekEnd: days.ok ? days.week.last : '',
      notes: review.notes ?? null,
      actions: own.filter((a) => a.reviewId === review.id).map((a) => actionView(a, names)),
      carriedOver: earlier.filter((a) => openIn(a, review.week)).map((a) => actionView(a, names)),
      createdBy: review.createdBy,
      createdAt: new Date(review.createdAt).toISOString(),
      updatedAt: new Date(review.updatedAt).toISOString(),
    };
  });
}
