// Which branches stand behind each point of a membership series (of quarters or years), at
// which month, and how many of their months carry flows. Summed figures alone cannot tell that one branch stopped
// reporting while another started (the count stays the same) or that a month's flows are
// missing (the sums just come out smaller): these per-branch facts decide whether a change is
// comparable and whether the new/lapsed sums explain it.
import type { Row } from '../../analytics/run.ts';

export interface BranchAtPeriod {
  /** Latest month index with a value. */
  asOf: number;
  /** Months of the period (within the window) whose row has new / lapsed participants. */
  monthsWithNew: number;
  monthsWithLapsed: number;
}

/**
 * What the branches behind a point decide about it: how many report, whether they are the ones
 * of the previous period (so that its change is comparable), and whether each flow covers every
 * month of the change (else its sum is partial). Made from per-branch facts here for quarters
 * and years, from counts for months (month-coverage.ts).
 */
export interface PointCoverage {
  reportingBranches: number;
  /** False also when the previous period has no branches (is not stored). */
  sameBranches: boolean;
  newCovered: boolean;
  lapsedCovered: boolean;
}

/** A point's coverage from its branches and the previous period's (see flowsCover for `firstMonth`). */
export function pointCoverage(here: Coverage, there: Coverage | undefined, firstMonth: number): PointCoverage {
  return {
    reportingBranches: here.size,
    sameBranches: !!there && sameBranches(here, there),
    newCovered: flowsCover(here, there, firstMonth, 'monthsWithNew'),
    lapsedCovered: flowsCover(here, there, firstMonth, 'monthsWithLapsed'),
  };
}

/** The branches of one point, by code. */
export type Coverage = Map<string, BranchAtPeriod>;

/** Coverage per `series|period` from rows grouped by series, period and branch. */
export function coverageByPoint(rows: readonly Row[], seriesKey: (row: Row) => string, period: (row: Row) => string): Map<string, Coverage> {
  const points = new Map<string, Coverage>();
  for (const row of rows) {
    const key = `${seriesKey(row)}|${period(row)}`;
    let coverage = points.get(key);
    if (!coverage) points.set(key, (coverage = new Map()));
    coverage.set(String(row.branch), {
      asOf: Number(row.asOfIndex),
      monthsWithNew: Number(row.monthsWithNew ?? 0),
      monthsWithLapsed: Number(row.monthsWithLapsed ?? 0),
    });
  }
  return points;
}

/** Whether two points stand on exactly the same branches. */
export function sameBranches(a: Coverage, b: Coverage): boolean {
  return a.size === b.size && [...a.keys()].every((code) => b.has(code));
}

/**
 * Whether a point's flows cover every month its change spans, branch by branch: from the month
 * after that branch's previous value (or from `firstMonth`, the point's first month in the
 * window, when the branch has none before) to its latest month. A flow summed over fewer months
 * is a partial figure, not the period's.
 */
export function flowsCover(current: Coverage, previous: Coverage | undefined, firstMonth: number, flow: 'monthsWithNew' | 'monthsWithLapsed'): boolean {
  for (const [code, at] of current) {
    const before = previous?.get(code);
    const start = before ? before.asOf + 1 : firstMonth;
    if (at[flow] !== at.asOf - start + 1) return false;
  }
  return true;
}
