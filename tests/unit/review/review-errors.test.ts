// The server's refusals of a review write, said in the reader's language: each known reason (the
// code server/domains/reviews/** gives, extensions.reason) gets the page's sentence; the English
// message is never read, so a reworded one changes nothing; an unknown refusal is shown as the
// server said it; a login or a network failure says what to do.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { review } from '../../../common/i18n/review.ts';
import type { RefusalReason } from '../../../common/vocabulary/refusal-reasons.ts';
import { refusalText, reviewProblem } from '../../../client/features/review/review-errors.ts';

const refusal = (message: string, argument: string, code = 'BAD_USER_INPUT', reason?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, argument, reason } }] });

describe('a review write refused, in the reader’s words', () => {
  it('has a sentence for each reason the API gives, whatever the message says', () => {
    const t = review.en.refusals;
    const cases: [string, RefusalReason, string][] = [
      ['week', 'WEEK_NOT_BEGUN', t.weekNotBegun],
      ['week', 'REVIEW_WEEK_TAKEN', t.weekTaken],
      ['week', 'WEEK_INVALID', t.weekInvalid],
      ['owner', 'NOT_BRANCH_STAFF', t.ownerNotStaff],
      ['due', 'NOT_A_DAY', t.dueInvalid],
      ['title', 'EMPTY', t.titleEmpty],
      ['title', 'TEXT_TOO_LONG', t.tooLong],
      ['notes', 'TEXT_TOO_LONG', t.tooLong],
      ['title', 'CONTROL_CHARACTER', t.controlCharacter],
      ['notes', 'NUL_CHARACTER', t.controlCharacter],
      ['branch', 'UNKNOWN_BRANCH', t.unknownBranch],
      ['id', 'NOT_FOUND', t.notFound],
      ['review', 'NOT_FOUND', t.notFound],
    ];
    for (const [argument, reason, text] of cases) expect(refusalText({ argument, reason, message: 'any words at all' }, t), `${argument} ${reason}`).toBe(text);
    expect(refusalText({ argument: 'branch', reason: 'EMPTY', message: 'branch: is empty' }, t)).toBeNull();
  });

  it('says the refusal in Indonesian for an Indonesian reader', () => {
    expect(reviewProblem(refusal('week: week 2026-W50 has not begun (this is 2026-W49)', 'week', 'BAD_USER_INPUT', 'WEEK_NOT_BEGUN'), review.id)).toEqual({ text: review.id.refusals.weekNotBegun });
    expect(reviewProblem(refusal('week: reworded entirely', 'week', 'BAD_USER_INPUT', 'REVIEW_WEEK_TAKEN'), review.id)).toEqual({ text: review.id.refusals.weekTaken });
  });

  it('shows a refusal without a known reason as the server said it', () => {
    expect(reviewProblem(refusal('from: something new', 'from'), review.id)).toEqual({ text: review.id.refusedAsSaid, detail: 'from: something new' });
    // An English message the old dashboard recognised, without a reason: no longer guessed from.
    const unreasoned = 'week: branch MADIUN already has a review of 2026-W49';
    expect(reviewProblem(refusal(unreasoned, 'week'), review.id)).toEqual({ text: review.id.refusedAsSaid, detail: unreasoned });
    expect(reviewProblem(refusal('x: new', 'x', 'BAD_USER_INPUT', 'A_REASON_FROM_A_NEWER_SERVER'), review.id)).toEqual({ text: review.id.refusedAsSaid, detail: 'x: new' });
  });

  it('asks to log in again, says a refusal of the account and a network failure', () => {
    expect(reviewProblem(refusal('Writing a weekly review needs an account', '', 'UNAUTHENTICATED'), review.en)).toEqual({ text: review.en.unauthenticated, login: true });
    const forbidden = reviewProblem(refusal("an AR account reads the weekly review: it is written by the branch's KABID", '', 'FORBIDDEN'), review.en);
    expect(forbidden).toMatchObject({ text: review.en.forbidden, detail: expect.stringContaining('written by the branch') });
    expect(reviewProblem(new TypeError('Failed to fetch'), review.id)).toEqual({ text: review.id.network });
  });
});
