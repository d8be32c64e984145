// Pure helpers of the review page: the reviews newest first, who writes, and the statuses an
// action moves to. No DOM, so they are unit-tested as they are. The weeks themselves are
// common/time's; which actions are overdue is common/reviews/actions.ts, the CSV's rule too.
import type { ActionStatus } from '../../../common/vocabulary/schema-enums.ts';

/** Reviews by week, newest first (the API lists them oldest first). */
export function newestFirst<T extends { week: string }>(reviews: readonly T[]): T[] {
  return [...reviews].sort((a, b) => (a.week < b.week ? 1 : a.week > b.week ? -1 : 0));
}

/** Whether the account writes this branch's reviews, as the server decides it (permissions.ts, writeReview). */
export function writesReviews(account: { role: string; branch?: string | null } | null | undefined, branch: string): boolean {
  if (!account) return false;
  return account.role === 'ADMIN' || (account.role === 'KABID' && account.branch === branch);
}

/** The statuses an action can be set to from the one it has: close it either way, or reopen it. */
export function nextStatuses(status: ActionStatus, closed?: { closedWeek?: string | null; thisWeek: string }): ActionStatus[] {
  if (status === 'OPEN') return ['DONE', 'DROPPED'];
  // The server reopens only an action closed this week: the reviews since an earlier closing showed it closed.
  return closed?.closedWeek && closed.closedWeek < closed.thisWeek ? [] : ['OPEN'];
}
