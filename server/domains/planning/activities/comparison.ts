// Plan against realisation: planned socialisation per group (week, month or staff member) by
// status, counted in SQL over planned_activity, beside the branch's recorded socialisation
// from the campaign cube (campaignReach), planned or not.
import type { Database } from '../../../db/orm.ts';
import { campaignReach } from '../../campaigns/query.ts';

export type PlanGroupBy = 'WEEK' | 'MONTH' | 'STAFF';

export interface PlanRealisationRow {
  key: string;
  planned: number;
  done: number;
  cancelled: number;
  open: number;
  donePct: number | null;
  socialisations: number;
  registrations: number;
}

/** The group of a planned activity: the week or month of the day it took place, else of the planned day. */
function groupSql(groupBy: PlanGroupBy): string {
  if (groupBy === 'STAFF') return "COALESCE(NULLIF(staff_code, ''), '(none)')";
  if (groupBy === 'WEEK') return 'COALESCE(realised_week, week)';
  return 'SUBSTR(COALESCE(realised_date, date), 1, 7)';
}

export async function planRealisation(
  db: Database,
  args: { branch: string; from?: string | null; to?: string | null; groupBy: PlanGroupBy },
  days: { first?: string; last?: string },
): Promise<PlanRealisationRow[]> {
  const key = groupSql(args.groupBy);
  const day = 'COALESCE(realised_date, date)';
  const query = db
    .read('planned_activity')
    .where('branch_code', args.branch)
    .select(db.read.raw(`${key} AS ${'group_key'}`))
    .count({ planned: '*' })
    .select(db.read.raw("SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END) AS done"))
    .select(db.read.raw("SUM(CASE WHEN status = 'CANCELLED' THEN 1 ELSE 0 END) AS cancelled"))
    .groupBy(db.read.raw(key));
  if (days.first) query.andWhere(db.read.raw(`${day} >= ?`, [days.first]));
  if (days.last) query.andWhere(db.read.raw(`${day} <= ?`, [days.last]));
  const [plans, recorded] = await Promise.all([
    query as Promise<{ group_key: string; planned: number | string; done: number | string; cancelled: number | string }[]>,
    campaignReach(db, { branch: args.branch, from: args.from, to: args.to, activity: 'SOCIALISATION', groupBy: args.groupBy, orderBy: 'KEY' }),
  ]);
  const rows = new Map<string, PlanRealisationRow>();
  const row = (k: string) => rows.get(k) ?? { key: k, planned: 0, done: 0, cancelled: 0, open: 0, donePct: null, socialisations: 0, registrations: 0 };
  for (const p of plans) {
    const r = row(String(p.group_key));
    Object.assign(r, { planned: Number(p.planned), done: Number(p.done), cancelled: Number(p.cancelled) });
    r.open = r.planned - r.done - r.cancelled;
    r.donePct = r.done + r.cancelled > 0 ? (100 * r.done) / (r.done + r.cancelled) : null;
    rows.set(r.key, r);
  }
  for (const c of recorded) {
    const r = row(c.key);
    Object.assign(r, { socialisations: c.activities, registrations: c.registrations });
    rows.set(r.key, r);
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
