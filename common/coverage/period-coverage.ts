// Which period of a sum over branches is the latest one worth a headline. A branch that imports
// a month before the others makes that month a sum over one branch: shown as the latest figure it
// reads as a collapse (17.0 M → 62 k) although nothing happened but a partial delivery. The rule,
// one for the dashboard's cards, the chart's marks (dashboard, /report, embeds) and the freshness
// notice: walking back from the latest period, a period reported by fewer branches than some
// period of the year before it is incomplete (the others have not reported it yet); the headline
// is the latest period that is not. A year, not just the period before, so that two branches two
// months ahead of the rest do not make the second month look complete; a branch that stopped more
// than a year ago holds nothing back (the periods since have as many branches as each other).
// Pure, so it is tested without a browser.

export interface CoveragePoint {
  period: string;
  /** Branches whose data make up the period's value. */
  reportingBranches: number;
}

export interface IncompletePeriod {
  period: string;
  reportingBranches: number;
  /** The branches of the headline period: how many would make this period complete. */
  of: number;
}

export interface PeriodCoverage {
  /** Index (in the points as given, time order) of the headline period; -1 without points. */
  headlineIndex: number;
  /** The headline period, or null without points. */
  headline: string | null;
  /** Branches reporting the headline period. */
  branches: number;
  /** The periods after the headline, oldest first: reported by fewer branches than it. */
  incomplete: IncompletePeriod[];
}

/** Periods in a year: 1 for `YYYY`, 4 for `YYYY-Qn`, 12 for `YYYY-MM`. */
export function periodsPerYear(period: string): number {
  if (/^\d{4}$/.test(period)) return 1;
  if (/^\d{4}-Q[1-4]$/.test(period)) return 4;
  if (/^\d{4}-\d{2}$/.test(period)) return 12;
  throw new Error(`"${period}" is not a period (YYYY, YYYY-Qn or YYYY-MM)`);
}

/** The headline period of points in time order and the incomplete periods after it (the rule above). */
export function periodCoverage(points: readonly CoveragePoint[]): PeriodCoverage {
  if (points.length === 0) return { headlineIndex: -1, headline: null, branches: 0, incomplete: [] };
  const year = periodsPerYear(points[points.length - 1].period);
  const mostBefore = (k: number) => Math.max(...points.slice(Math.max(0, k - year), k).map((p) => p.reportingBranches));
  let k = points.length - 1;
  while (k > 0 && points[k].reportingBranches < mostBefore(k)) k -= 1;
  const of = points[k].reportingBranches;
  return {
    headlineIndex: k,
    headline: points[k].period,
    branches: of,
    incomplete: points.slice(k + 1).map((p) => ({ period: p.period, reportingBranches: p.reportingBranches, of })),
  };
}

/** Periods of the points that the rule finds incomplete, for marking them. */
export function incompletePeriods(points: readonly CoveragePoint[]): Set<string> {
  return new Set(periodCoverage(points).incomplete.map((p) => p.period));
}

export interface LatestMonthCount {
  /** `YYYY-MM`: the latest month of these branches. */
  month: string;
  branches: number;
}

const monthIndex = (month: string): number => {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new Error(`"${month}" is not a month (YYYY-MM)`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
};
/** Whole months from `from` to `to` (both `YYYY-MM`). */
export const monthsBetween = (from: string, to: string): number => monthIndex(to) - monthIndex(from);

const monthOf = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The same rule on each branch's latest month (dataFreshness.latestMonths): a month counts the
 * branches whose latest month is that month or later (a gap inside a branch's months is not seen
 * here). Every month from the earliest is filled in, so that one branch two months ahead makes
 * two incomplete months, and a branch that stopped years ago none.
 */
export function latestMonthCoverage(counts: readonly LatestMonthCount[]): PeriodCoverage {
  const known = counts.filter((c) => c.branches > 0);
  if (!known.length) return periodCoverage([]);
  const byIndex = new Map<number, number>();
  for (const c of known) byIndex.set(monthIndex(c.month), (byIndex.get(monthIndex(c.month)) ?? 0) + c.branches);
  const indexes = [...byIndex.keys()].sort((a, b) => a - b);
  const points: CoveragePoint[] = [];
  for (let i = indexes[0]; i <= indexes[indexes.length - 1]; i += 1) {
    let reporting = 0;
    for (const [index, n] of byIndex) if (index >= i) reporting += n;
    points.push({ period: monthOf(i), reportingBranches: reporting });
  }
  return periodCoverage(points);
}
