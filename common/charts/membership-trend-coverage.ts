// The membership points the headline rule (common/coverage/period-coverage.ts) finds incomplete,
// for the chart's marks, its table and the dashboard's cards alike.
import { periodCoverage } from '../coverage/period-coverage.ts';
import type { MembershipPoint } from './types.ts';

export interface IncompleteCoverage {
  reporting: number;
  /** Branches of the latest complete period. */
  of: number;
}

/** The incomplete points of a series in time order, by period: how many branches reported each, of how many. */
export function incompleteOf(points: readonly Pick<MembershipPoint, 'period' | 'reportingBranches'>[]): Map<string, IncompleteCoverage> {
  // Without branch counts (an older caller's data) nothing can be judged: every point stands.
  if (points.some((p) => typeof p.reportingBranches !== 'number')) return new Map();
  const coverage = periodCoverage(points.map((p) => ({ period: p.period, reportingBranches: p.reportingBranches! })));
  return new Map(coverage.incomplete.map((p) => [p.period, { reporting: p.reportingBranches, of: p.of }]));
}
