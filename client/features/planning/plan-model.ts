// Pure helpers of the planning page (a share's even phasing is common/planning/phasing.ts): the
// assigned and unassigned parts of a line while the Kabid types, the months' sum, the ranges of
// the activity list on the reader's calendar, and who writes what, as the server decides it. No
// DOM, so they are unit-tested as they are.
import { readCount as readLocaleCount } from '../../../common/numbers/locale-number.ts';
import { agencyToday } from '../../../common/time/agency-time.ts';
import { isoWeekOfDay, shiftIsoWeek } from '../../../common/time/iso-week.ts';
import { isStaffRole } from '../../../common/vocabulary/catalog.ts';

/**
 * A count typed into a field: a whole number from 0, or null when it is none (empty, 1,5, -2,
 * "abc", beyond MAX_INT). Read by the importer's rules (common/numbers/locale-number.ts) whatever
 * the page's language, so that 1.500 typed here is the 1.500 of an imported spreadsheet: 6000,
 * 6.000, 6,000 or 6 000; a cost may start with Rp or IDR. The page shows counts grouped
 * (10.808), so users type them so too.
 */
export function readCount(text: string): number | null {
  return readLocaleCount(text, { currency: true }).value ?? null;
}

export interface LineTotals {
  assigned: number;
  /** What is left of the branch target; null without one. Negative when the shares exceed it. */
  unassigned: number | null;
  /** How much the shares exceed the target by (0 when they do not). */
  over: number;
}

/** The line's figures as the shares stand (fields not read as counts count as 0). */
export function lineTotals(branchTarget: number | null | undefined, shares: readonly (number | null)[]): LineTotals {
  const assigned = shares.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  if (branchTarget === null || branchTarget === undefined) return { assigned, unassigned: null, over: 0 };
  const unassigned = branchTarget - assigned;
  return { assigned, unassigned, over: Math.max(0, -unassigned) };
}

/** The months' sum, null when a month is not a count. */
export function monthsSum(months: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const m of months) {
    if (m === null) return null;
    sum += m;
  }
  return sum;
}

export type PlanRange = 'week' | 'lastWeek' | 'month' | 'year';
export const PLAN_RANGES: readonly PlanRange[] = ['week', 'lastWeek', 'month', 'year'];

/** The API's from/to of a range (ISO weeks, a month `YYYY-MM` or the year), on the agency's day. */
export function rangeBounds(range: PlanRange, year: number, now: Date = new Date()): { from: string; to: string } {
  const today = agencyToday(now);
  const week = isoWeekOfDay(today);
  switch (range) {
    case 'week':
      return { from: week.key, to: week.key };
    case 'lastWeek': {
      const last = shiftIsoWeek(week, -1).key;
      return { from: last, to: last };
    }
    case 'month':
      return { from: today.slice(0, 7), to: today.slice(0, 7) };
    case 'year':
      return { from: String(year), to: String(year) };
  }
}

/** Planned activities by the ISO week of their planned day, weeks in order, each oldest first. */
export function byWeek<T extends { week: string; date: string }>(activities: readonly T[]): { week: string; activities: T[] }[] {
  const weeks = new Map<string, T[]>();
  for (const a of [...activities].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))) {
    const list = weeks.get(a.week) ?? [];
    list.push(a);
    weeks.set(a.week, list);
  }
  return [...weeks.keys()].sort().map((week) => ({ week, activities: weeks.get(week)! }));
}

type Who = { role: string; branch?: string | null } | null | undefined;

/** Whether the account splits targets and plans or cancels activities (permissions.ts: planTargets, planActivities). */
export function writesPlan(account: Who, branch: string): boolean {
  if (!account) return false;
  return account.role === 'ADMIN' || (account.role === 'KABID' && account.branch === branch);
}

/** Whether the account records results: whoever may import the branch's campaigns (permissions.ts: import). */
export function recordsResults(account: Who, branch: string): boolean {
  if (!account) return false;
  return account.role === 'ADMIN' || (isStaffRole(account.role) && account.branch === branch);
}
