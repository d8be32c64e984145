// The server's refusals of a review write, said in the reader's language: each known refusal
// (as server/domains/reviews/input.ts and store.ts word it) gets the page's sentence; an unknown
// one is shown as the server said it; a login or a network failure says what to do.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { review } from '../../../common/i18n/review.ts';
import { refusalText, reviewProblem } from '../../../client/features/review/review-errors.ts';

const refusal = (message: string, argument: string, code = 'BAD_USER_INPUT') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, argument } }] });

describe('a review write refused, in the reader’s words', () => {
  it('has a sentence for each refusal the API makes', () => {
    const t = review.en.refusals;
    const cases: [string, string, string][] = [
      ['week', 'week: week 2026-W50 has not begun (this is 2026-W49)', t.weekNotBegun],
      ['week', 'week: branch MADIUN already has a review of 2026-W49 (review 3): change its notes with updateReview', t.weekTaken],
      ['week', 'week: 2025 has weeks W01 to W52, not W53', t.weekInvalid],
      ['owner', 'owner: "NOBODY" is not on the staff of branch MADIUN', t.ownerNotStaff],
      ['due', 'due: "2026-02-30" is not a calendar day; use YYYY-MM-DD, e.g. 2026-12-07', t.dueInvalid],
      ['title', 'title: is empty; say what is to be done', t.titleEmpty],
      ['title', 'title: is 201 characters long; at most 200', t.tooLong],
      ['notes', 'notes: is 10001 characters long; at most 10000', t.tooLong],
      ['title', 'title: holds a control character; remove it', t.controlCharacter],
      ['branch', 'branch: unknown branch code "NOWHERE"', t.unknownBranch],
      ['id', 'id: no action 99', t.notFound],
      ['review', 'review: no review 99', t.notFound],
    ];
    for (const [argument, message, text] of cases) expect(refusalText({ argument, message }, t), message).toBe(text);
  });

  it('says the refusal in Indonesian for an Indonesian reader', () => {
    expect(reviewProblem(refusal('week: week 2026-W50 has not begun (this is 2026-W49)', 'week'), review.id)).toEqual({ text: review.id.refusals.weekNotBegun });
  });

  it('shows an unknown refusal as the server said it', () => {
    expect(reviewProblem(refusal('from: something new', 'from'), review.id)).toEqual({ text: review.id.refusedAsSaid, detail: 'from: something new' });
  });

  it('asks to log in again, says a refusal of the account and a network failure', () => {
    expect(reviewProblem(refusal('Writing a weekly review needs an account', '', 'UNAUTHENTICATED'), review.en)).toEqual({ text: review.en.unauthenticated, login: true });
    const forbidden = reviewProblem(refusal("an AR account reads the weekly review: it is written by the branch's KABID", '', 'FORBIDDEN'), review.en);
    expect(forbidden).toMatchObject({ text: review.en.forbidden, detail: expect.stringContaining('written by the branch') });
    expect(reviewProblem(new TypeError('Failed to fetch'), review.id)).toEqual({ text: review.id.network });
  });
});
