// A failed review request in the reader's words. The server's refusals of a write name the
// argument at fault and why, as a code (extensions.argument and extensions.reason,
// common/vocabulary/refusal-reasons.ts; thrown in server/domains/reviews/**); each known reason
// gets the page's sentence in the reader's language. The English message is the API's and may be
// reworded, so it is never read: a refusal without a known reason is shown as the server said it,
// after a sentence saying that it is the server's.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { isRefusalReason, type RefusalReason } from '../../../common/vocabulary/refusal-reasons.ts';
import { errorCodes, isUnauthenticated } from '../../lib/auth-errors.ts';
import type { PageProblem } from '../../lib/problem-note.tsx';

/** A refusal as the page says it (the shared ProblemNote's). */
export type ReviewProblem = PageProblem;

export interface Refusal {
  message: string;
  argument?: string;
  reason?: RefusalReason;
}

function refusalOf(error: unknown): Refusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (!first) return null;
  const { argument, reason } = first.extensions ?? {};
  return { message: first.message, argument: typeof argument === 'string' ? argument : undefined, reason: isRefusalReason(reason) ? reason : undefined };
}

/** The page's sentence for a refusal's reason, or null when it has none. */
export function refusalText({ argument, reason }: Refusal, t: ReviewTexts['refusals']): string | null {
  switch (reason) {
    case 'CONTROL_CHARACTER':
    case 'NUL_CHARACTER':
      return t.controlCharacter;
    case 'TEXT_TOO_LONG':
      return t.tooLong;
    case 'WEEK_NOT_BEGUN':
      return t.weekNotBegun;
    case 'REVIEW_WEEK_TAKEN':
      return t.weekTaken;
    case 'WEEK_INVALID':
      return t.weekInvalid;
    case 'NOT_BRANCH_STAFF':
      return t.ownerNotStaff;
    case 'NOT_A_DAY':
      return t.dueInvalid;
    case 'EMPTY':
      // Only an action's title must be there; other empty arguments have no sentence here.
      return argument === 'title' ? t.titleEmpty : null;
    case 'UNKNOWN_BRANCH':
      return t.unknownBranch;
    case 'NOT_FOUND':
      return t.notFound;
    default:
      return null;
  }
}

export function reviewProblem(error: unknown, t: ReviewTexts): ReviewProblem {
  if (isUnauthenticated(error)) return { text: t.unauthenticated, login: true };
  const refusal = refusalOf(error);
  if (refusal) {
    const text = refusalText(refusal, t.refusals);
    return text ? { text } : { text: t.refusedAsSaid, detail: refusal.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (errorCodes(error).includes('FORBIDDEN')) return { text: t.forbidden, detail: message };
  if (error instanceof TypeError) return { text: t.network };
  return { text: t.refusedAsSaid, detail: message };
}
