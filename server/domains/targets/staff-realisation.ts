// The registrations behind each staff target, read in SQL from the staff realisation cube
// (cube.ts): one row per branch and staff member with the year's months in columns, from the
// staff rollup's months whenever it answers, instead of a row per staff member and month. The
// same figures as staffMonths (monthly.ts), which a cut-off day still needs (no rollup holds days).
import { monthIndex } from '../../analytics/periods.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { type BranchScope, scopeFilters } from '../branches/scope.ts';
import { registrationsMeasure, staffRealisationCube } from './cube.ts';
import { staffKey, type StaffMonths } from './monthly.ts';
import { REALISATION_MONTHS } from './realisation-rollup.ts';

/** Each staff member's registrations per month of the year, and the months each branch ran activities in. `raw` reads the activities. */
export async function staffRealisation(db: Database, year: number, scope: BranchScope, raw = false): Promise<StaffMonths> {
  const rows = await runQuery(db, staffRealisationCube, {
    dimensions: ['branch', 'STAFF'],
    measures: REALISATION_MONTHS.map(registrationsMeasure),
    filters: [{ member: 'periodIndex', op: 'between', from: monthIndex(year, 1), to: monthIndex(year, 12) }, ...scopeFilters(scope)],
  }, { ordered: false, raw });
  const out: StaffMonths = { registrations: new Map(), branchSpan: new Map() };
  for (const r of rows) {
    const branch = String(r.branch);
    const byMonth = new Map<number, number>();
    for (const month of REALISATION_MONTHS) {
      const value = r[registrationsMeasure(month)];
      // A month with an activity of theirs has its registrations (0 included); null: none.
      if (value === null || value === undefined) continue;
      byMonth.set(month, Number(value));
      const span = out.branchSpan.get(branch);
      out.branchSpan.set(branch, { first: Math.min(span?.first ?? month, month), last: Math.max(span?.last ?? month, month) });
    }
    if (byMonth.size) out.registrations.set(staffKey(branch, r.STAFF), byMonth);
  }
  return out;
}
