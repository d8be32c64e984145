// The checks on a target split: each names what is wrong, before anything is stored.
import { BadInputError } from '../../errors.ts';
import { MAX_INT, MAX_YEAR, MIN_YEAR } from '../../import/fields.ts';
import { MONTHS } from './phasing.ts';

export interface ShareInput {
  staff: string;
  target: number;
  monthly?: number[] | null;
}

export interface Share {
  staff: string;
  target: number;
  /** Twelve months, or null for an even spread. */
  monthly: number[] | null;
}

/** More shares than any branch has staff: a bound on the work one request asks for. */
export const SHARES_MAX = 200;

export function yearArgument(year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new BadInputError('year', `expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  return year;
}

/**
 * The shares checked against the branch's team (AR and ARK codes) and its target: whole numbers,
 * one share per person, phasing of twelve months adding up to the share, all shares together no
 * more than the branch target. Shares of 0 are dropped (no share).
 */
export function checkShares(shares: readonly ShareInput[], team: Map<string, string>, branchTarget: number): Share[] {
  if (shares.length > SHARES_MAX) throw new BadInputError('shares', `${shares.length} shares; at most ${SHARES_MAX}`);
  const seen = new Set<string>();
  const out: Share[] = [];
  shares.forEach((input, i) => {
    const at = `shares[${i}]`;
    const staff = input.staff.trim();
    const role = team.get(staff);
    if (!role) throw new BadInputError(`${at}.staff`, `"${input.staff}" is not an AR or ARK of the branch${team.size ? ` (its AR/ARK: ${[...team.keys()].slice(0, 8).join(', ')})` : ' (it has none on record)'}`, 'SHARE_NOT_TEAM');
    if (seen.has(staff)) throw new BadInputError(`${at}.staff`, `${staff} has two shares; give one`, 'SHARE_TWICE');
    seen.add(staff);
    if (!Number.isInteger(input.target) || input.target < 0 || input.target > MAX_INT) throw new BadInputError(`${at}.target`, `expected a whole number from 0, got ${input.target}`, 'NOT_A_COUNT');
    let monthly: number[] | null = null;
    if (input.monthly) {
      if (input.monthly.length !== MONTHS) throw new BadInputError(`${at}.monthly`, `expected ${MONTHS} months (January to December), got ${input.monthly.length}`, 'SHARE_MONTHS_INVALID');
      const bad = input.monthly.findIndex((m) => !Number.isInteger(m) || m < 0);
      if (bad >= 0) throw new BadInputError(`${at}.monthly`, `month ${bad + 1}: expected a whole number from 0, got ${input.monthly[bad]}`, 'SHARE_MONTHS_INVALID');
      const sum = input.monthly.reduce((a, b) => a + b, 0);
      if (sum !== input.target) throw new BadInputError(`${at}.monthly`, `the months add up to ${sum}, not to the share of ${input.target}`, 'SHARE_MONTHS_INVALID');
      monthly = [...input.monthly];
    }
    if (input.target > 0) out.push({ staff, target: input.target, monthly });
  });
  const assigned = out.reduce((sum, s) => sum + s.target, 0);
  if (assigned > branchTarget) {
    const over = assigned - branchTarget;
    throw new BadInputError('shares', `the shares add up to ${assigned}, more than the branch target of ${branchTarget} (by ${over})`, 'SHARES_OVER_TARGET', { assigned, target: branchTarget, over });
  }
  return out;
}
