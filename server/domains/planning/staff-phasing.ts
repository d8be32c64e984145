// Each staff member's monthly phasing of a year, over every branch asked at once: their
// NEW_PARTICIPANTS shares that count in persons (per segment the largest) added month by month, each share's
// months as the plan reads them (the Kabid's phasing when it still adds up, else the even
// spread: phasing.ts). Two reads for any number of branches, for overviews across an office or
// the nation; targetPlan (plan.ts) reads one branch line by line.
import type { Database } from '../../db/orm.ts';
import { bindingShares } from '../targets/person-target.ts';
import { MONTHS, phasingOf } from './phasing.ts';
import { PLANNED_METRIC } from './plan.ts';

export interface StaffPhasing {
  branch: string;
  /** January to December, the sum of the person's shares. */
  monthly: number[];
}

interface ShareRow { branch_code: string; program: string; segment: string; staff_code: string; target: number }
interface PhasingRow extends ShareRow { month: number }

/** Staff code → their branch and monthly phasing, for the staff with a share in `branches`. */
export async function staffPhasing(db: Database, year: number, branches: readonly string[]): Promise<Map<string, StaffPhasing>> {
  if (!branches.length) return new Map();
  const [shares, phasing] = await Promise.all([
    db.read('target').where({ year, metric: PLANNED_METRIC }).whereNot('staff_code', '').whereIn('branch_code', branches)
      .select('branch_code', 'program', 'segment', 'staff_code', 'target') as Promise<ShareRow[]>,
    db.read('target_phasing').where({ year }).whereIn('branch_code', branches).orderBy('month')
      .select('branch_code', 'program', 'segment', 'staff_code', 'month', 'target') as Promise<PhasingRow[]>,
  ]);
  const key = (r: ShareRow) => `${r.branch_code}|${r.program}|${r.segment}|${r.staff_code}`;
  const stored = new Map<string, number[]>();
  for (const p of phasing) stored.set(key(p), [...(stored.get(key(p)) ?? []), Number(p.target)]);
  // Each person's binding shares (targets/person-target.ts), added month by month.
  const byPerson = new Map<string, (ShareRow & { target: number })[]>();
  for (const share of shares) byPerson.set(share.staff_code, [...(byPerson.get(share.staff_code) ?? []), { ...share, target: Number(share.target) }]);
  const out = new Map<string, StaffPhasing>();
  for (const [staff, own] of byPerson) {
    const person = { branch: String(own[0].branch_code), monthly: Array.from({ length: MONTHS }, () => 0) };
    for (const share of bindingShares(own)) phasingOf(share.target, stored.get(key(share))).monthly.forEach((value, i) => (person.monthly[i] += value));
    out.set(staff, person);
  }
  return out;
}
