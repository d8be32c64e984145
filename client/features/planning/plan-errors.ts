// A failed planning request in the reader's words. The server's refusals are English sentences
// naming the argument at fault (extensions.argument: server/domains/planning/input.ts, split.ts
// and activities/*); each known one gets the page's sentence in the reader's language, an
// unknown one is shown as the server said it, after a sentence saying that it is the server's.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatInteger, type Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { errorCodes, isUnauthenticated } from '../../lib/auth-errors.ts';
import type { PageProblem } from '../../lib/problem-note.tsx';

/** A refusal as the page says it (the shared ProblemNote's). */
export type PlanProblem = PageProblem;

export interface Refusal {
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
export function refusalText({ message, argument }: Refusal, t: PlanningTexts['refusals'], locale: Locale): string | null {
  if (/control character/.test(message)) return t.controlCharacter;
  if (/characters long; at most/.test(message)) return t.tooLong;
  const over = /add up to (\d+), more than the branch target of (\d+) \(by (\d+)\)/.exec(message);
  if (over) return t.overTarget(...(over.slice(1, 4).map((n) => formatInteger(Number(n), locale)) as [string, string, string]));
  const share = /^shares\[\d+\]\.(staff|target|monthly)$/.exec(argument ?? '');
  if (share) {
    if (share[1] === 'staff') return /two shares/.test(message) ? t.twoShares : t.notTeam;
    return share[1] === 'target' ? t.shareInvalid : t.monthsSum;
  }
  switch (argument) {
    case 'program':
      return /has no .* target/.test(message) ? t.noBranchTarget : null;
    case 'date':
      return t.dayInvalid;
    case 'channel':
      return t.channelInvalid;
    case 'location':
      return /is empty/.test(message) ? t.locationEmpty : null;
    case 'audience':
      return /is empty/.test(message) ? t.audienceEmpty : null;
    case 'staff':
      return t.staffInvalid;
    case 'id':
      if (/done already/.test(message)) return t.alreadyDone;
      if (/cancelled already/.test(message)) return t.alreadyCancelled;
      return /no planned activity/.test(message) ? t.notFound : null;
    case 'reach':
    case 'registrations':
    case 'costIdr':
    case 'leads':
      return /is required/.test(message) ? t.countRequired : t.countInvalid;
    case 'branch':
      return /unknown branch/.test(message) ? t.unknownBranch : null;
    case 'from':
      return /more than \d+ planned activities/.test(message) ? t.tooMany : null;
    default:
      return null;
  }
}

export function planProblem(error: unknown, t: PlanningTexts, locale: Locale): PlanProblem {
  if (isUnauthenticated(error)) return { text: t.unauthenticated, login: true };
  const refusal = refusalOf(error);
  if (refusal) {
    // The importer's reasons (registrations above reach and the like) are its own words.
    if (refusal.argument === 'results') return { text: t.refusals.resultsRefused, detail: refusal.message.replace(/^results: not stored: /, '') };
    const text = refusalText(refusal, t.refusals, locale);
    return text ? { text } : { text: t.refusedAsSaid, detail: refusal.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (errorCodes(error).includes('FORBIDDEN')) return { text: t.forbidden, detail: message };
  if (error instanceof TypeError) return { text: t.network };
  return { text: t.refusedAsSaid, detail: message };
}
