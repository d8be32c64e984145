// The coverage of a monthly point from counts, which SQL gives per series and month without a
// row per branch (the month rollup holds them: month-rollup.ts). Within one month each branch
// has at most one row of a series, so:
// - the point's branches are the same as the month before's exactly when both months count as
//   many and every one of this month's also reported the month before: the month before's
//   branches that report the month after (continuedBranches, in the month rollup its rows whose
//   next month is the one after);
// - a flow covers the point's one month exactly when every reporting branch's row carries it.
// These are the per-branch rules of coverage.ts at one month per point.
import type { Row } from '../../analytics/run.ts';
import type { PointCoverage } from './coverage.ts';

/** The measures a monthly point's row (and the month before the window's) must carry for its coverage. */
export const MONTH_COVERAGE_MEASURES = ['reportingBranches', 'monthsWithNew', 'monthsWithLapsed', 'continuedBranches'];

/**
 * A month's coverage from its row's counts and the month before's row (undefined when not
 * stored): its reporting branches and those of them that report this month too.
 */
export function monthCoverage(row: Row, before: Row | undefined): PointCoverage {
  const branches = Number(row.reportingBranches);
  return {
    reportingBranches: branches,
    sameBranches: before !== undefined && Number(before.reportingBranches) === branches && Number(before.continuedBranches) === branches,
    newCovered: Number(row.monthsWithNew) === branches,
    lapsedCovered: Number(row.monthsWithLapsed) === branches,
  };
}
