// The run-rate projection of every target key of a question, from the keys' monthly series.
import type { Database } from '../../db/orm.ts';
import type { TargetMetric } from '../../../common/vocabulary/catalog.ts';
import type { BranchScope } from '../branches/scope.ts';
import { branchKey, staffMonths, staffSeries } from './monthly.ts';
import { type KeyProjection, projectFlow, projectStock } from './projection.ts';
import type { CutOff } from './query.ts';
import { realisationByKey } from './realisation.ts';
import { staffRealisation } from './staff-realisation.ts';

/**
 * The projection of one target key from its monthly series (queried once for all keys). A
 * branch's keys read one row each from the realisation cube (realisation.ts), a staff member's
 * from the staff realisation cube (staff-realisation.ts), its months side by side; `raw` reads
 * them from the membership months and the activities instead of the rollups.
 */
export async function keyProjector(
  db: Database,
  year: number,
  metric: TargetMetric,
  byStaff: boolean,
  scope: BranchScope,
  cutOff: CutOff | null,
  opts: { raw: boolean; projections: boolean },
): Promise<(target: Record<string, unknown>) => KeyProjection> {
  const { raw } = opts;
  if (byStaff) {
    const months = cutOff ? await staffMonths(db, year, scope, { lastMonth: cutOff.activityMonth, throughDay: cutOff.throughDay }) : await staffRealisation(db, year, scope, raw);
    return (t) => projectFlow(staffSeries(months, String(t.branch), String(t.staff)));
  }
  const realised = await realisationByKey(db, year, metric, scope, { lastMonth: cutOff?.monthsEnded ?? 12, raw, yearEndBefore: opts.projections });
  const none = { months: [], previousDecember: null };
  if (metric === 'NEW_PARTICIPANTS') return (t) => projectFlow((realised.get(branchKey(t.branch, t.program, t.segment)) ?? none).months);
  return (t) => {
    const key = realised.get(branchKey(t.branch, t.program, t.segment)) ?? none;
    return projectStock(key.months, key.previousDecember);
  };
}
