// The coverage of a quarter's or a year's point from counts, which the month rollup gives per
// series without a row per branch (month-rollup.ts): the same rules as coverage.ts's per-branch
// facts, for a point over months [s, e] (its bucket within the window) and the previous point's
// months P = [p, s − 1]:
// - the branches are the same exactly when both points count as many and all of them report in
//   P and in the point: a branch of P reports in the point when its next month after its latest
//   in P lies in [s, e] (the links: rows per month and next month);
// - a flow covers the point when every branch carries it in every month from the one after its
//   latest in P (or from s, when it has none there) to its latest in the point. A branch's
//   months with the flow never exceed the months from s to its latest, so every branch does
//   exactly when the sums are equal: months with the flow = Σ latest − branches × (s − 1); and
//   then every branch of P that reports in the point has to report in s − 1 too (else its
//   change spans months of P without its rows): those are the branches with rows in s − 1 and s.
import type { Row } from '../../analytics/run.ts';
import type { MonthRange } from '../../analytics/periods.ts';
import type { PointCoverage } from './coverage.ts';

/** The measures a quarter's or a year's row must carry for its coverage, besides the flows. */
export const BUCKET_COVERAGE_MEASURES = ['reportingBranches', 'monthsWithNew', 'monthsWithLapsed', 'asOfTotal'];

/** The dimensions of the links: per series, month and the next month its branches report in. */
export const LINK_DIMENSIONS = ['segment', 'program', 'periodIndex', 'nextPeriodIndex'];

/** Branches per month and next month, of one series: links.get(month) = [next month, branches][]. */
export type Links = Map<number, [number, number][]>;

/** The links of each series (by `segment|program`) from rows grouped by LINK_DIMENSIONS with reportingBranches. */
export function linksBySeries(rows: readonly Row[], seriesKey: (row: Row) => string): Map<string, Links> {
  const out = new Map<string, Links>();
  for (const row of rows) {
    let links = out.get(seriesKey(row));
    if (!links) out.set(seriesKey(row), (links = new Map()));
    const month = Number(row.periodIndex);
    let list = links.get(month);
    if (!list) links.set(month, (list = []));
    list.push([Number(row.nextPeriodIndex), Number(row.reportingBranches)]);
  }
  return out;
}

/**
 * A point's coverage: its row (BUCKET_COVERAGE_MEASURES), its months, the previous point's
 * months (undefined when there is none to compare with) and branches (undefined when it is not
 * stored), and its series' links.
 */
export function bucketCoverage(row: Row, months: MonthRange, previous: MonthRange | undefined, branchesBefore: number | undefined, links: Links | undefined): PointCoverage {
  const branches = Number(row.reportingBranches);
  const { start, end } = months;
  // Branches of the previous point that report in this one, and those of them that report in
  // its last month and this point's first.
  let both = 0;
  let adjacent = 0;
  if (previous && links) {
    for (let month = previous.start; month <= previous.end; month++) {
      for (const [next, count] of links.get(month) ?? []) {
        if (next < start || next > end) continue;
        both += count;
        if (month === start - 1 && next === start) adjacent += count;
      }
    }
  }
  const spans = Number(row.asOfTotal) - branches * (start - 1);
  const covered = (months: unknown) => Number(months) === spans && both === adjacent;
  return {
    reportingBranches: branches,
    sameBranches: branchesBefore !== undefined && branchesBefore === branches && both === branches,
    newCovered: covered(row.monthsWithNew),
    lapsedCovered: covered(row.monthsWithLapsed),
  };
}
