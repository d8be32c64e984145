// The assessment of a branch's week, as the Kabid and the team read it in the weekly review:
// which programs' targets are met (targetAttainment of the week's year), how each AR/ARK
// stands (their target split, what its monthly phasing expected by the week's end, and their
// campaign work in the week and the year so far), and what moved against the week before
// (activities, registrations, reach by activity type). Every figure is summed in SQL by the
// existing questions; this only puts them side by side.
//
// Cut-off: everything is as known at the end of the week's Sunday (`through`), so that an old
// review reads the same after later imports: the targets count the membership months that
// ended by that Sunday and the campaign activities dated up to it, nothing later (corrections
// of those months and days, and changed targets, do show: they are what was true then).
import { type IsoWeek, isoWeekOfDay, shiftIsoWeek } from '../../../../common/time/iso-week.ts';
import type { ActivityType } from '../../../../common/vocabulary/catalog.ts';
import type { Database } from '../../../db/orm.ts';
import { type AggregateSource, commonSource } from '../../source.ts';
import { targetPlan } from '../../planning/plan.ts';
import { type AttainmentRow, targetAttainment } from '../../targets/query.ts';
import { staffNames } from '../../staff.ts';
import { type CampaignCounts, campaignsOverWeeks, NO_CAMPAIGNS } from './campaign-weeks.ts';
import { bindingShares } from '../../targets/person-target.ts';
import { addMonthly, attainmentToDate, expectedBy } from './phased-to-date.ts';

/** The campaign cube's name for activities without a staff member. */
const NO_STAFF = '(none)';

export interface StaffStanding {
  staff: string;
  name: string | null;
  /** Their target split for the year (new participants), null when they have none. */
  attainment: AttainmentRow | null;
  /** What their monthly phasing expected by `through` (phased-to-date.ts); null without a split. */
  expectedToDate: number | null;
  /** Realised (to `through`) against expectedToDate, %; null without a split, data or expectation. */
  attainmentToDatePct: number | null;
  /** expectedToDate − realised (negative: ahead); null as attainmentToDatePct. */
  gapToDate: number | null;
  /** Realised reached expectedToDate; null as attainmentToDatePct. */
  onTrack: boolean | null;
  week: CampaignCounts;
  yearToDate: CampaignCounts;
}

export interface WeekMovement {
  activity: ActivityType;
  thisWeek: CampaignCounts;
  lastWeek: CampaignCounts;
  change: { activities: number; registrations: number; reach: number };
}

export interface WeekAssessment {
  branch: string;
  week: string;
  weekStart: string;
  weekEnd: string;
  /** The ISO week-numbering year, whose targets are assessed. */
  year: number;
  lastWeek: string;
  /** From the Monday of week 1 of `year` to this week's Sunday. */
  yearToDateStart: string;
  /** The cut-off: the week's Sunday, or December 31 of `year` when the week ends in the next year. */
  through: string;
  targets: AttainmentRow[];
  targetsMet: number;
  targetsNotMet: number;
  targetsWithoutData: number;
  league: StaffStanding[];
  movement: WeekMovement[];
  /** STUDY, SYNTHETIC or MIXED over everything shown; null when nothing was found. */
  source: AggregateSource | null;
}

const ACTIVITIES: ActivityType[] = ['SOCIALISATION', 'PROMOTION'];

/** A target counts as met once its realisation reaches it; a row without data is neither. */
export const isMet = (row: AttainmentRow): boolean | null => (row.status === 'NO_DATA' ? null : row.attainmentPct >= 100);

export async function weekAssessment(db: Database, branch: string, week: IsoWeek): Promise<WeekAssessment> {
  const last = shiftIsoWeek(week, -1);
  const yearStart = isoWeekOfDay(`${week.year}-01-04`).first;
  const through = week.last < `${week.year}-12-31` ? week.last : `${week.year}-12-31`;
  const [targets, staffTargets, plan, staffWeek, staffYear, thisWeek, lastWeek, names] = await Promise.all([
    targetAttainment(db, { branch, year: week.year, groupBy: 'PROGRAM', through }),
    targetAttainment(db, { branch, year: week.year, groupBy: 'STAFF', through }),
    targetPlan(db, branch, week.year),
    campaignsOverWeeks(db, branch, { from: week.key, to: week.key }, 'STAFF'),
    campaignsOverWeeks(db, branch, { from: `${week.year}-W01`, to: week.key }, 'STAFF'),
    campaignsOverWeeks(db, branch, { from: week.key, to: week.key }, 'ACTIVITY'),
    campaignsOverWeeks(db, branch, { from: last.key, to: last.key }, 'ACTIVITY'),
    staffNames(db, { branch }),
  ]);

  const byKey = <T extends { key: string }>(rows: T[]) => new Map(rows.map((r) => [r.key, r]));
  const [targetOf, weekOf, yearOf] = [byKey(staffTargets), byKey(staffWeek), byKey(staffYear)];
  const staff = new Set([...staffTargets.map((r) => r.key), ...staffYear.map((r) => r.key)].filter((k) => k !== NO_STAFF));
  const counts = (row: CampaignCounts | undefined): CampaignCounts => (row ? pick(row) : NO_CAMPAIGNS);
  // Each person's shares with their lines, the binding ones phased (targets/person-target.ts).
  const phasing = new Map<string, { program: string; segment: string; target: number; monthly: number[] }[]>();
  for (const line of plan) {
    for (const share of line.shares) phasing.set(share.staff, [...(phasing.get(share.staff) ?? []), { program: line.program, segment: line.segment, target: share.target, monthly: share.monthly }]);
  }
  const league = [...staff]
    .map((code): StaffStanding => {
      const attainment = targetOf.get(code) ?? null;
      const lines = phasing.get(code);
      const expectedToDate = lines ? expectedBy(addMonthly(bindingShares(lines).map((s) => s.monthly)), week.year, through) : null;
      const pct = attainment && attainment.status !== 'NO_DATA' && expectedToDate !== null ? attainmentToDate(attainment.realised, expectedToDate) : null;
      return {
        staff: code,
        name: names.get(code) ?? attainment?.label ?? null,
        attainment,
        expectedToDate,
        attainmentToDatePct: pct,
        gapToDate: pct === null ? null : expectedToDate! - attainment!.realised,
        onTrack: pct === null ? null : attainment!.realised >= expectedToDate!,
        week: counts(weekOf.get(code)),
        yearToDate: counts(yearOf.get(code)),
      };
    })
    .sort(leagueOrder);

  const [now, before] = [byKey(thisWeek), byKey(lastWeek)];
  const movement = ACTIVITIES.map((activity) => {
    const a = counts(now.get(activity));
    const b = counts(before.get(activity));
    return { activity, thisWeek: a, lastWeek: b, change: { activities: a.activities - b.activities, registrations: a.registrations - b.registrations, reach: a.reach - b.reach } };
  });

  const reported = targets.map(isMet);
  return {
    branch,
    week: week.key,
    weekStart: week.first,
    weekEnd: week.last,
    year: week.year,
    lastWeek: last.key,
    yearToDateStart: yearStart,
    through,
    targets,
    targetsMet: reported.filter((m) => m === true).length,
    targetsNotMet: reported.filter((m) => m === false).length,
    targetsWithoutData: reported.filter((m) => m === null).length,
    league,
    movement,
    source: commonSource([...targets, ...staffTargets, ...staffYear, ...thisWeek, ...lastWeek].map((r) => r.source)) as AggregateSource | null,
  };
}

function pick(row: CampaignCounts): CampaignCounts {
  return { activities: row.activities, registrations: row.registrations, reach: row.reach, attendees: row.attendees, impressions: row.impressions };
}

/**
 * Best attainment against the phasing to date first (on track is judged against it, not the
 * full year), then against the year's split (those without either after), then the year's
 * registrations, then the code.
 */
function leagueOrder(a: StaffStanding, b: StaffStanding): number {
  const ta = a.attainmentToDatePct ?? -1;
  const tb = b.attainmentToDatePct ?? -1;
  if (ta !== tb) return tb - ta;
  const pa = a.attainment && a.attainment.status !== 'NO_DATA' ? a.attainment.attainmentPct : -1;
  const pb = b.attainment && b.attainment.status !== 'NO_DATA' ? b.attainment.attainmentPct : -1;
  if (pa !== pb) return pb - pa;
  if (a.yearToDate.registrations !== b.yearToDate.registrations) return b.yearToDate.registrations - a.yearToDate.registrations;
  return a.staff < b.staff ? -1 : a.staff > b.staff ? 1 : 0;
}
