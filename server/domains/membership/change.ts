// The change of a stock point against the previous period (not merely the previous point): the
// period just before it at the same granularity, which may lie before the window asked for.
// A change is given only when that period is stored and the same branches report in both, so a
// difference never comes from a branch whose data is missing.
import { type Granularity, type MonthRange, monthIndex, monthOf, yearOf } from '../../analytics/periods.ts';

export type ChangeUnavailable = 'PREVIOUS_PERIOD_MISSING' | 'REPORTING_BRANCHES_DIFFER';

export interface Change {
  change: number | null;
  changePct: number | null;
  changeUnavailable: ChangeUnavailable | null;
}

const MONTHS: Record<Granularity, number> = { YEAR: 12, QUARTER: 3, MONTH: 1 };

/**
 * Where the stock that the first point of a window starting at month `start` is compared with
 * lies. A window starting on a bucket's first month compares with the previous bucket (its value
 * at its latest month). A window starting inside a bucket covers only part of it, and its flows
 * only those months, so it compares with the month just before `start`: change = new − lapsed
 * holds for the first point too.
 */
export function stockBefore(start: number, granularity: Granularity): { months: MonthRange; granularity: Granularity } {
  const size = MONTHS[granularity];
  const bucketStart = monthIndex(yearOf(start), 1) + Math.floor((monthOf(start) - 1) / size) * size;
  if (bucketStart === start) return { months: { start: start - size, end: start - 1 }, granularity };
  return { months: { start: start - 1, end: start - 1 }, granularity: 'MONTH' };
}

/** The label of the bucket before `period` (`YYYY`, `YYYY-Qn` or `YYYY-MM`, as the granularity writes it). */
export function previousPeriodLabel(period: string, granularity: Granularity): string {
  const year = Number(period.slice(0, 4));
  if (granularity === 'YEAR') return String(year - 1);
  if (granularity === 'QUARTER') {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  const m = Number(period.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The change of a stock from `previous` (undefined when that period is not stored), given
 *  whether both values stand on the same branches. */
export function changeAgainst(current: number, previous: number | undefined, sameBranches: boolean): Change {
  if (previous === undefined) return { change: null, changePct: null, changeUnavailable: 'PREVIOUS_PERIOD_MISSING' };
  if (!sameBranches) return { change: null, changePct: null, changeUnavailable: 'REPORTING_BRANCHES_DIFFER' };
  const change = current - previous;
  const changePct = previous === 0 ? null : roundTo((change / previous) * 100, 2);
  return { change, changePct, changeUnavailable: null };
}

/** Rounds half away from zero at `digits` decimals (−2.425 → −2.43), as the figures are written. */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}
