// The reviews across a regional office or the nation, for head office and the regional
// offices: per branch the caller may read the reviews of, its latest review up to the week,
// its actions open at the week's end and how many of them are overdue, and its team's
// attainment against the monthly phasing to the week's Sunday (the league table's rule,
// assessment/phased-to-date.ts, summed over the staff with a target split). A handful of
// grouped reads for any number of branches: the staff's realisation is targetAttainment by
// staff's, read from the rollups where the cut-off allows (team-realisation.ts).
import { agencyToday } from '../../../common/time/agency-time.ts';
import type { IsoWeek } from '../../../common/time/iso-week.ts';
import type { Database } from '../../db/orm.ts';
import { staffPhasing } from '../planning/staff-phasing.ts';
import { resolveScope } from '../branches/scope.ts';
import { attainmentToDate, expectedBy } from './assessment/phased-to-date.ts';
import { staffRealisedTo } from './team-realisation.ts';

export interface OverviewBranch {
  code: string;
  name: string;
  regionCode: string | null;
}

export interface ReviewOverviewRow {
  branch: string;
  name: string;
  region: string | null;
  week: string;
  latestWeek: string | null;
  reviewedThisWeek: boolean;
  openActions: number;
  overdueActions: number;
  expectedToDate: number | null;
  realisedToDate: number | null;
  attainmentToDatePct: number | null;
  onTrack: boolean | null;
}

/** The most branches one overview covers: the stress seed's nation and more. */
export const OVERVIEW_BRANCHES_MAX = 2_000;

/**
 * The overview of `branches` (already filtered to those the caller reads) for `week`. Actions
 * are open at the week's end when agreed in a review of that week or before and not closed by
 * then (OPEN, or closed in a later week); overdue when also due before the week's Sunday, or
 * before today while the week runs. `scope` says how to ask the targets: one branch, an
 * office, or the nation (then filtered to `branches`).
 */
export async function reviewOverview(db: Database, week: IsoWeek, branches: readonly OverviewBranch[], scope: { branch?: string; region?: string }, now: Date = new Date()): Promise<ReviewOverviewRow[]> {
  if (!branches.length) return [];
  const codes = branches.map((b) => b.code);
  const through = week.last < `${week.year}-12-31` ? week.last : `${week.year}-12-31`;
  const today = agencyToday(now);
  const overdueBefore = today < week.last ? today : week.last;
  const [latest, actions, phasing, realisedOf] = await Promise.all([
    db.read('review').whereIn('branch_code', codes).where('week', '<=', week.key).groupBy('branch_code').select('branch_code').max({ week: 'week' }) as Promise<{ branch_code: string; week: string }[]>,
    db.read('review_action').whereIn('branch_code', codes).where('week', '<=', week.key)
      .where((q) => q.where('status', 'OPEN').orWhere('closed_week', '>', week.key))
      .groupBy('branch_code')
      .select('branch_code', db.read.raw('COUNT(*) AS open_count'), db.read.raw('SUM(CASE WHEN due IS NOT NULL AND due < ? THEN 1 ELSE 0 END) AS overdue_count', [overdueBefore])) as Promise<
      { branch_code: string; open_count: unknown; overdue_count: unknown }[]
    >,
    staffPhasing(db, week.year, codes),
    resolveScope(db, scope).then((resolved) => staffRealisedTo(db, week.year, through, resolved)),
  ]);
  const latestOf = new Map(latest.map((r) => [String(r.branch_code), String(r.week)]));
  const actionsOf = new Map(actions.map((r) => [String(r.branch_code), { open: Number(r.open_count), overdue: Number(r.overdue_count ?? 0) }]));
  // Per branch: what its staff's phasing expected by the cut-off, and what those staff realised.
  const team = new Map<string, { expected: number; realised: number; withData: boolean }>();
  for (const [staff, person] of phasing) {
    const sums = team.get(person.branch) ?? { expected: 0, realised: 0, withData: false };
    sums.expected += expectedBy(person.monthly, week.year, through);
    const row = realisedOf.get(staff);
    if (row?.withData) {
      sums.realised += row.realised;
      sums.withData = true;
    }
    team.set(person.branch, sums);
  }
  return branches.map((b) => {
    const latestWeek = latestOf.get(b.code) ?? null;
    const sums = team.get(b.code);
    const pct = sums && sums.withData ? attainmentToDate(sums.realised, sums.expected) : null;
    return {
      branch: b.code,
      name: b.name,
      region: b.regionCode,
      week: week.key,
      latestWeek,
      reviewedThisWeek: latestWeek === week.key,
      openActions: actionsOf.get(b.code)?.open ?? 0,
      overdueActions: actionsOf.get(b.code)?.overdue ?? 0,
      expectedToDate: sums ? sums.expected : null,
      realisedToDate: sums && sums.withData ? sums.realised : null,
      attainmentToDatePct: pct,
      onTrack: pct === null ? null : sums!.realised >= sums!.expected,
    };
  });
}
