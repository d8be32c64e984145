// What each AR/ARK with a target split had realised by a cut-off day, for the reviews' overview
// across an office or the nation: the figures targetAttainment by STAFF gives with `through`
// (its row's realised, and whether the row has data), without its way of reading them. With a
// cut-off, targetAttainment reads every activity of the year up to the day (targets/monthly.ts
// staffMonths: no rollup holds days), which for the nation is most of a year's activities. Here
// the months that ended before the cut-off's month come from the staff rollup's months, and only
// the cut-off's own month from the activities, up to its day; both as one grouped read for every
// branch of the scope. The rule is targetAttainment's (targets/query.ts keyProjector, monthly.ts
// staffSeries, projection.ts projectFlow): a target key, a branch and staff member, realises its
// registrations of the year up to the day, and has data once its branch ran any activity by then;
// a staff member's row adds their keys. The tests compare both on both databases.
import type { Filter } from '../../analytics/model.ts';
import { monthIndex } from '../../analytics/periods.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { type BranchScope, whereInScope } from '../branches/scope.ts';
import { campaignCube } from '../campaigns/cube.ts';
import { PLANNED_METRIC } from '../planning/plan.ts';
import { cutOffOf } from '../targets/query.ts';

export interface StaffRealised {
  /** Registrations of their keys with data, up to the cut-off. */
  realised: number;
  /** Whether any of their keys has data (targetAttainment's status is not NO_DATA). */
  withData: boolean;
}

interface KeyRow { branch_code: string; staff_code: string }

/**
 * Staff code → what they realised in `year` up to `through` (`YYYY-MM-DD`; the whole year when
 * it is December 31 or later), for the staff with a NEW_PARTICIPANTS split in `scope`.
 */
export async function staffRealisedTo(db: Database, year: number, through: string, scope: BranchScope): Promise<Map<string, StaffRealised>> {
  const keys = (await whereInScope(db.read('target').where({ year, metric: PLANNED_METRIC }).whereNot('staff_code', ''), scope)
    .distinct('branch_code', 'staff_code')) as KeyRow[];
  const out = new Map<string, StaffRealised>();
  if (!keys.length) return out;
  // Only the keys' branches are read: a seek per branch on the campaign tables' branch-first keys.
  const branches = [...new Set(keys.map((k) => String(k.branch_code)))];
  const cutOff = cutOffOf(year, through);
  const wholeMonths = cutOff ? cutOff.monthsEnded : 12;
  const partMonth = cutOff && cutOff.activityMonth > cutOff.monthsEnded ? cutOff.activityMonth : null;
  const read = (filters: Filter[]) =>
    runQuery(db, campaignCube, {
      dimensions: ['branch', 'STAFF'],
      measures: ['registrations'],
      filters: [{ member: 'branch', op: 'in', values: branches }, ...filters],
    }, { ordered: false });
  const [whole, part] = await Promise.all([
    wholeMonths >= 1 ? read([{ member: 'periodIndex', op: 'between', from: monthIndex(year, 1), to: monthIndex(year, wholeMonths) }]) : [],
    partMonth && cutOff
      ? read([{ member: 'periodIndex', op: 'between', from: monthIndex(year, partMonth), to: monthIndex(year, partMonth) }, { member: 'day', op: 'between', to: cutOff.throughDay }])
      : [],
  ]);
  // A group is there only when it has an activity: its branch ran one by the cut-off.
  const active = new Set<string>();
  const registrations = new Map<string, number>();
  for (const r of [...whole, ...part]) {
    const key = `${r.branch}|${r.STAFF}`;
    active.add(String(r.branch));
    registrations.set(key, (registrations.get(key) ?? 0) + Number(r.registrations ?? 0));
  }
  for (const k of keys) {
    const staff = String(k.staff_code);
    const branch = String(k.branch_code);
    const sums = out.get(staff) ?? { realised: 0, withData: false };
    if (active.has(branch)) {
      sums.realised += registrations.get(`${branch}|${staff}`) ?? 0;
      sums.withData = true;
    }
    out.set(staff, sums);
  }
  return out;
}
