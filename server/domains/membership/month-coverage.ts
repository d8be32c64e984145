// The coverage of a monthly point from counts, which SQL gives per series and month without a
// row per branch (the month rollup holds them: month-rollup.ts). Within one month each branch
// has at most one row of a series, so:
// - the point's branches are the same as the month before's exactly when both months count as
//   many and every one of this month's also reported the month before: the month before's
//   branches whose next month is this one (the links, bucket-coverage.ts);
// - a flow covers the point's one month exactly when every reporting branch's row carries it.
// These are the per-branch rules of coverage.ts at one month per point.
import type { Row } from '../../analytics/run.ts';
import type { Links } from './bucket-coverage.ts';
import type { PointCoverage } from './coverage.ts';

/** The measures a monthly point's row must carry for its coverage. */
export const MONTH_COVERAGE_MEASURES = ['reportingBranches', 'monthsWithNew', 'monthsWithLapsed'];

/**
 * A month's coverage from its row's counts, the reporting branches of the month before
 * (undefined when not stored) and its series' links.
 */
export function monthCoverage(row: Row, month: number, branchesBefore: number | undefined, links: Links | undefined): PointCoverage {
  const branches = Number(row.reportingBranches);
  const continuing = (links?.get(month - 1) ?? []).reduce((sum, [next, count]) => (next === month ? sum + count : sum), 0);
  return {
    reportingBranches: branches,
    sameBranches: branchesBefore === branches && continuing === branches,
    newCovered: Number(row.monthsWithNew) === branches,
    lapsedCovered: Number(row.monthsWithLapsed) === branches,
  };
}
