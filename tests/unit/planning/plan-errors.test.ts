// The server's refusals of a planning write, said in the reader's language: each known reason
// (the code server/domains/planning/** gives, extensions.reason) gets the page's sentence, the
// over-target one with its figures (extensions.details) in the reader's numbers; the English
// message is never read, so a reworded one changes nothing; an unknown refusal is shown as the
// server said it.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { planning } from '../../../common/i18n/planning.ts';
import type { RefusalReason } from '../../../common/vocabulary/refusal-reasons.ts';
import { planProblem, refusalText } from '../../../client/features/planning/plan-errors.ts';

const refusal = (message: string, argument: string, reason?: string, details?: unknown) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argument, reason, details } }] });

describe('a planning write refused, in the reader’s words', () => {
  it('says a split beyond the target with its figures', () => {
    const over = { argument: 'shares', message: 'reworded', reason: 'SHARES_OVER_TARGET', details: { assigned: 1250, target: 1000, over: 250 } } as const;
    expect(refusalText(over, planning.id.refusals, 'id')).toBe('Pembagian berjumlah 1.250, melebihi target cabang 1.000 (lebih 250). Kurangi bagiannya.');
    expect(refusalText(over, planning.en.refusals, 'en')).toBe('The shares add up to 1,250, more than the branch target of 1,000 (by 250). Lower the shares.');
    // Without its figures the sentence cannot be said: the server's words are shown instead.
    expect(refusalText({ ...over, details: { assigned: '1250' } }, planning.en.refusals, 'en')).toBeNull();
  });

  it('has a sentence for each reason the API gives, whatever the message says', () => {
    const t = planning.en.refusals;
    const cases: [string, RefusalReason, string][] = [
      ['shares[0].staff', 'SHARE_NOT_TEAM', t.notTeam],
      ['shares[1].staff', 'SHARE_TWICE', t.twoShares],
      ['shares[0].target', 'NOT_A_COUNT', t.shareInvalid],
      ['shares[0].monthly', 'SHARE_MONTHS_INVALID', t.monthsSum],
      ['program', 'NO_BRANCH_TARGET', t.noBranchTarget],
      ['date', 'NOT_A_DAY', t.dayInvalid],
      ['channel', 'NOT_A_CHANNEL', t.channelInvalid],
      ['location', 'EMPTY', t.locationEmpty],
      ['audience', 'EMPTY', t.audienceEmpty],
      ['audience', 'TEXT_TOO_LONG', t.tooLong],
      ['location', 'CONTROL_CHARACTER', t.controlCharacter],
      ['location', 'NUL_CHARACTER', t.controlCharacter],
      ['staff', 'NOT_BRANCH_STAFF', t.staffInvalid],
      ['id', 'ACTIVITY_DONE', t.alreadyDone],
      ['id', 'ACTIVITY_CANCELLED', t.alreadyCancelled],
      ['id', 'NOT_FOUND', t.notFound],
      ['reach', 'NOT_A_COUNT', t.countInvalid],
      ['registrations', 'REQUIRED', t.countRequired],
      ['branch', 'UNKNOWN_BRANCH', t.unknownBranch],
      ['from', 'RANGE_TOO_LARGE', t.tooMany],
    ];
    for (const [argument, reason, text] of cases) expect(refusalText({ argument, reason, message: 'any words at all' }, t, 'en'), `${argument} ${reason}`).toBe(text);
  });

  it('reads the reason from the GraphQL error, in Indonesian for an Indonesian reader', () => {
    expect(planProblem(refusal('shares[1].staff: A has two shares; give one', 'shares[1].staff', 'SHARE_TWICE'), planning.id, 'id')).toEqual({ text: planning.id.refusals.twoShares });
    const over = refusal('shares: too many', 'shares', 'SHARES_OVER_TARGET', { assigned: 1250, target: 1000, over: 250 });
    expect(planProblem(over, planning.id, 'id')).toEqual({ text: 'Pembagian berjumlah 1.250, melebihi target cabang 1.000 (lebih 250). Kurangi bagiannya.' });
  });

  it('shows the importer’s reasons, and refusals without a known reason as the server said them', () => {
    const results = refusal('results: not stored: registrations (50) exceed reach (40)', 'results', 'RESULTS_NOT_STORED', { reasons: 'registrations (50) exceed reach (40)' });
    expect(planProblem(results, planning.id, 'id')).toEqual({ text: planning.id.refusals.resultsRefused, detail: 'registrations (50) exceed reach (40)' });
    expect(planProblem(refusal('year: expected a year from 2000 to 2100, got 1900', 'year'), planning.id, 'id')).toEqual({ text: planning.id.refusedAsSaid, detail: 'year: expected a year from 2000 to 2100, got 1900' });
    // An English message the old dashboard recognised, without a reason: no longer guessed from.
    expect(planProblem(refusal('audience: holds a control character; remove it', 'audience'), planning.en, 'en')).toEqual({ text: planning.en.refusedAsSaid, detail: 'audience: holds a control character; remove it' });
    expect(planProblem(refusal('x: new', 'x', 'A_REASON_FROM_A_NEWER_SERVER'), planning.en, 'en')).toEqual({ text: planning.en.refusedAsSaid, detail: 'x: new' });
    const login = new CombinedGraphQLErrors({ errors: [{ message: 'log in', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(planProblem(login, planning.en, 'en')).toEqual({ text: planning.en.unauthenticated, login: true });
  });
});
