// A failed review request in the reader's words. The server's refusals of a write are English
// sentences naming the argument at fault (extensions.argument, server/domains/reviews/input.ts
// and store.ts); each known one gets the page's sentence in the reader's language, an unknown
// one is shown as the server said it, after a sentence saying that it is the server's.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { errorCodes, isUnauthenticated } from '../../lib/auth-errors.ts';
import type { PageProblem } from '../../lib/problem-note.tsx';

/** A refusal as the page says it (the shared ProblemNote's). */
export type ReviewProblem = PageProblem;

interface Refusal {
  message: string;
  argument?: string;
}

function refusalOf(error: unknown): Refusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (!first) return null;
  const argument = first.extensions?.argument;
  return { message: first.message, argument: typeof argument === 'string' ? argument : undefined };
}

/** The page's sentence for a refused argument, or null when it has none. */
export function refusalText({ message, argument }: Refusal, t: ReviewTexts['refusals']): string | null {
  if (/control character/.test(message)) return t.controlCharacter;
  if (/characters long; at most/.test(message)) return t.tooLong;
  switch (argument) {
    case 'week':
      if (/has not begun/.test(message)) return t.weekNotBegun;
      if (/already has a review/.test(message)) return t.weekTaken;
      return t.weekInvalid;
    case 'owner':
      return t.ownerNotStaff;
    case 'due':
      return t.dueInvalid;
    case 'title':
      return /is empty/.test(message) ? t.titleEmpty : null;
    case 'branch':
      return /unknown branch/.test(message) ? t.unknownBranch : null;
    case 'review':
    case 'id':
      return /no (review|action) \d+/.test(message) ? t.notFound : null;
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
