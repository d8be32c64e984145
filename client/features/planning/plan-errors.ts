// A failed planning request in the reader's words. The server's refusals name the argument at
// fault and why, as a code (extensions.argument and extensions.reason, common/vocabulary/
// refusal-reasons.ts; thrown in server/domains/planning/**); each known reason gets the page's
// sentence in the reader's language. The English message is the API's and may be reworded, so it
// is never read: a refusal without a known reason is shown as the server said it, after a
// sentence saying that it is the server's.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatInteger, type Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { isRefusalReason, type RefusalReason, refusalDetails } from '../../../common/vocabulary/refusal-reasons.ts';
import { errorCodes, isUnauthenticated } from '../../lib/auth-errors.ts';
import type { PageProblem } from '../../lib/problem-note.tsx';

/** A refusal as the page says it (the shared ProblemNote's). */
export type PlanProblem = PageProblem;

export interface Refusal {
  message: string;
  argument?: string;
  reason?: RefusalReason;
  details?: unknown;
}

function refusalOf(error: unknown): Refusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (!first) return null;
  const { argument, reason, details } = first.extensions ?? {};
  return { message: first.message, argument: typeof argument === 'string' ? argument : undefined, reason: isRefusalReason(reason) ? reason : undefined, details };
}

/** The page's sentence for a refusal's reason, or null when it has none. */
export function refusalText({ argument, reason, details }: Refusal, t: PlanningTexts['refusals'], locale: Locale): string | null {
  // One reason may refuse several arguments; the argument says which sentence fits.
  const inShare = /^shares\[\d+\]\./.test(argument ?? '');
  switch (reason) {
    case 'CONTROL_CHARACTER':
    case 'NUL_CHARACTER':
      return t.controlCharacter;
    case 'TEXT_TOO_LONG':
      return t.tooLong;
    case 'SHARES_OVER_TARGET': {
      const figures = refusalDetails(reason, details);
      if (!figures) return null;
      const [assigned, target, over] = [figures.assigned, figures.target, figures.over].map((n) => formatInteger(n, locale));
      return t.overTarget(assigned, target, over);
    }
    case 'SHARE_NOT_TEAM':
      return t.notTeam;
    case 'SHARE_TWICE':
      return t.twoShares;
    case 'SHARE_MONTHS_INVALID':
      return t.monthsSum;
    case 'NO_BRANCH_TARGET':
      return t.noBranchTarget;
    case 'NOT_A_DAY':
      return t.dayInvalid;
    case 'NOT_A_CHANNEL':
      return t.channelInvalid;
    case 'EMPTY':
      return argument === 'location' ? t.locationEmpty : argument === 'audience' ? t.audienceEmpty : null;
    case 'NOT_BRANCH_STAFF':
      return t.staffInvalid;
    case 'ACTIVITY_DONE':
      return t.alreadyDone;
    case 'ACTIVITY_CANCELLED':
      return t.alreadyCancelled;
    case 'NOT_FOUND':
      return t.notFound;
    case 'REQUIRED':
      return t.countRequired;
    case 'NOT_A_COUNT':
      return inShare ? t.shareInvalid : t.countInvalid;
    case 'UNKNOWN_BRANCH':
      return t.unknownBranch;
    case 'RANGE_TOO_LARGE':
      return t.tooMany;
    default:
      return null;
  }
}

export function planProblem(error: unknown, t: PlanningTexts, locale: Locale): PlanProblem {
  if (isUnauthenticated(error)) return { text: t.unauthenticated, login: true };
  const refusal = refusalOf(error);
  if (refusal) {
    // The importer's reasons (registrations above reach and the like) are its own words.
    if (refusal.reason === 'RESULTS_NOT_STORED') return { text: t.refusals.resultsRefused, detail: refusalDetails(refusal.reason, refusal.details)?.reasons ?? refusal.message };
    const text = refusalText(refusal, t.refusals, locale);
    return text ? { text } : { text: t.refusedAsSaid, detail: refusal.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (errorCodes(error).includes('FORBIDDEN')) return { text: t.forbidden, detail: message };
  if (error instanceof TypeError) return { text: t.network };
  return { text: t.refusedAsSaid, detail: message };
}
