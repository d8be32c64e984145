// Rules about a review's actions that the server and the review page both apply, kept here so
// that the CSV download (server/api/review-csv.ts) and the page's list mark the same actions.
import type { ActionStatus } from '../vocabulary/schema-enums.ts';

/**
 * Still open and due before `today` (both `YYYY-MM-DD`, so they compare as text). Each side marks
 * it on its own day (the page on the reader's, the CSV on the agency's): an action closed late is
 * not overdue any more.
 */
export function isOverdue(action: { status: ActionStatus; due?: string | null }, today: string): boolean {
  return action.status === 'OPEN' && !!action.due && action.due < today;
}
