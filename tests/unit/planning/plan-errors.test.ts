// The server's refusals of a planning write, said in the reader's language: each known refusal
// (as server/domains/planning/** words it) gets the page's sentence, the over-target one with
// its figures in the reader's numbers; an unknown one is shown as the server said it.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { planning } from '../../../common/i18n/planning.ts';
import { planProblem, refusalText } from '../../../client/features/planning/plan-errors.ts';

const refusal = (message: string, argument: string) => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', argument } }] });

describe('a planning write refused, in the reader’s words', () => {
  it('says a split beyond the target with its figures', () => {
    const message = 'shares: the shares add up to 1250, more than the branch target of 1000 (by 250)';
    expect(refusalText({ argument: 'shares', message }, planning.id.refusals, 'id')).toBe('Pembagian berjumlah 1.250, melebihi target cabang 1.000 (lebih 250). Kurangi bagiannya.');
    expect(refusalText({ argument: 'shares', message }, planning.en.refusals, 'en')).toBe('The shares add up to 1,250, more than the branch target of 1,000 (by 250). Lower the shares.');
  });

  it('has a sentence for each refusal the API makes', () => {
    const t = planning.en.refusals;
    const cases: [string, string, string][] = [
      ['shares[0].staff', 'shares[0].staff: "X" is not an AR or ARK of the branch (its AR/ARK: A, B)', t.notTeam],
      ['shares[1].staff', 'shares[1].staff: A has two shares; give one', t.twoShares],
      ['shares[0].target', 'shares[0].target: expected a whole number from 0, got -1', t.shareInvalid],
      ['shares[0].monthly', 'shares[0].monthly: the months add up to 90, not to the share of 100', t.monthsSum],
      ['program', 'program: branch MADIUN has no NEW_PARTICIPANTS target for JKP BPU in 2025: head office\'s targets come first (import kind targets)', t.noBranchTarget],
      ['date', 'date: "2026-02-30" is not a calendar day; use YYYY-MM-DD, e.g. 2026-12-07', t.dayInvalid],
      ['channel', 'channel: BROCHURE is not a socialisation channel (FACE_TO_FACE, ZOOM); promotion is not planned as activities', t.channelInvalid],
      ['location', 'location: is empty; say where it takes place', t.locationEmpty],
      ['audience', 'audience: is 301 characters long; at most 300', t.tooLong],
      ['staff', 'staff: "NOBODY" is not on the staff of branch MADIUN', t.staffInvalid],
      ['id', 'id: planned activity 4 is done already', t.alreadyDone],
      ['id', 'id: planned activity 4 is cancelled already', t.alreadyCancelled],
      ['id', 'id: no planned activity 99', t.notFound],
      ['reach', 'reach: expected a whole number from 0, got -1', t.countInvalid],
      ['branch', 'branch: unknown branch code "NOWHERE"', t.unknownBranch],
    ];
    for (const [argument, message, text] of cases) expect(refusalText({ argument, message }, t, 'en'), message).toBe(text);
  });

  it('shows the importer’s reasons and unknown refusals as the server said them', () => {
    expect(planProblem(refusal('results: not stored: registrations (50) exceed reach (40)', 'results'), planning.id, 'id')).toEqual({ text: planning.id.refusals.resultsRefused, detail: 'registrations (50) exceed reach (40)' });
    expect(planProblem(refusal('year: expected a year from 2000 to 2100, got 1900', 'year'), planning.id, 'id')).toEqual({ text: planning.id.refusedAsSaid, detail: 'year: expected a year from 2000 to 2100, got 1900' });
    const login = new CombinedGraphQLErrors({ errors: [{ message: 'log in', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(planProblem(login, planning.en, 'en')).toEqual({ text: planning.en.unauthenticated, login: true });
  });
});
