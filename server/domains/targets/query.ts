// targetAttainment: targets against realisation for a year, grouped by program, segment or
// staff, with the gap and a run-rate projection while the year is still running.
import { monthLabel, monthOf } from '../../analytics/periods.ts';
import type { Filter } from '../../analytics/model.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { NONE, TARGET_METRICS, type TargetMetric } from '../../domain/catalog.ts';
import { BadInputError } from '../../errors.ts';
import { resolveBranch } from '../branches/query.ts';
import { round } from '../membership/query.ts';
import { type AggregateSource, combinedSource } from '../source.ts';
import { targetCube } from './cube.ts';
import { type Realised, branchKey, realisedByStaff, realisedMembership, staffKey } from './realised.ts';

export const TARGET_GROUP_BY = ['PROGRAM', 'SEGMENT', 'STAFF'] as const;
export type TargetGroupBy = (typeof TARGET_GROUP_BY)[number];

export interface TargetAttainmentArgs {
  branch?: string | null;
  year: number;
  groupBy?: TargetGroupBy | null;
  metric?: TargetMetric | null;
}

export interface AttainmentRow {
  key: string;
  label: string;
  metric: TargetMetric;
  target: number;
  realised: number;
  attainmentPct: number;
  gap: number;
  asOf: string | null;
  projectedRealised: number | null;
  projectedAttainmentPct: number | null;
  source: AggregateSource;
}

interface Group {
  target: number;
  realised: number;
  /** Realised at the end of the previous year (stocks only), for the run-rate. */
  start: number;
  sources: unknown[];
}

export async function targetAttainment(db: Database, args: TargetAttainmentArgs): Promise<AttainmentRow[]> {
  if (!Number.isInteger(args.year) || args.year < 1900 || args.year > 2200) {
    throw new BadInputError('year', `${args.year} is not a year between 1900 and 2200`);
  }
  const groupBy = args.groupBy ?? 'PROGRAM';
  if (!TARGET_GROUP_BY.includes(groupBy)) throw new BadInputError('groupBy', `"${groupBy}" is not PROGRAM, SEGMENT or STAFF`);
  const metric = args.metric ?? (groupBy === 'STAFF' ? 'NEW_PARTICIPANTS' : 'ACTIVE_PARTICIPANTS');
  if (!TARGET_METRICS.includes(metric)) throw new BadInputError('metric', `"${metric}" is not ACTIVE_PARTICIPANTS or NEW_PARTICIPANTS`);
  const branch = await resolveBranch(db, args.branch);
  const byStaff = groupBy === 'STAFF';

  const filters: Filter[] = [
    { member: 'year', op: 'equals', value: args.year },
    { member: 'metric', op: 'equals', value: metric },
    { member: 'hasStaff', op: 'equals', value: byStaff ? 1 : 0 },
  ];
  if (branch) filters.push({ member: 'branch', op: 'equals', value: branch });
  const targets = await runQuery(db, targetCube, {
    dimensions: ['branch', 'program', 'segment', 'staff'],
    measures: ['target', 'sourceMin', 'sourceMax'],
    filters,
  });

  const isStock = metric === 'ACTIVE_PARTICIPANTS' && !byStaff;
  const [realised, previous] = await Promise.all([
    byStaff ? realisedByStaff(db, args.year, branch) : realisedMembership(db, args.year, metric, branch),
    isStock ? realisedMembership(db, args.year - 1, metric, branch) : Promise.resolve<Realised | null>(null),
  ]);

  // Staff targets are summed per person; realisation is counted once per person.
  const groups = new Map<string, Group>();
  const counted = new Set<string>();
  for (const t of targets) {
    const key = String(groupBy === 'PROGRAM' ? t.program : groupBy === 'SEGMENT' ? t.segment : t.staff);
    const factKey = byStaff ? staffKey(t.branch, t.staff) : branchKey(t.branch, t.program, t.segment);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { target: 0, realised: 0, start: 0, sources: [] }));
    g.target += Number(t.target);
    g.sources.push(t.sourceMin, t.sourceMax);
    if (!counted.has(factKey)) {
      counted.add(factKey);
      g.realised += realised.values.get(factKey) ?? 0;
      g.start += previous?.values.get(factKey) ?? 0;
    }
  }

  const names = byStaff ? await staffNames(db, [...groups.keys()]) : new Map<string, string>();
  const months = realised.asOfIndex === null ? 0 : monthOf(realised.asOfIndex);
  const projecting = months > 0 && months < 12;
  return [...groups.entries()].map(([key, g]) => {
    const projected = !projecting
      ? null
      : isStock
        ? Math.round(g.start + ((g.realised - g.start) * 12) / months)
        : Math.round((g.realised * 12) / months);
    const pct = (value: number) => (g.target === 0 ? 0 : round((value / g.target) * 100, 2));
    return {
      key: key === NONE ? '(none)' : key,
      label: names.get(key) ?? key,
      metric,
      target: g.target,
      realised: g.realised,
      attainmentPct: pct(g.realised),
      gap: g.target - g.realised,
      asOf: realised.asOfIndex === null ? null : monthLabel(realised.asOfIndex),
      projectedRealised: projected,
      projectedAttainmentPct: projected === null ? null : pct(projected),
      source: combinedSource(minOf(g.sources), maxOf(g.sources)),
    };
  }).sort((a, b) => orderKey(groupBy, a.key) - orderKey(groupBy, b.key) || a.key.localeCompare(b.key));
}

const ORDER: Record<string, string[]> = {
  PROGRAM: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
  SEGMENT: ['PU', 'BPU', 'JAKON', 'PMI'],
};
const orderKey = (groupBy: string, key: string) => ORDER[groupBy]?.indexOf(key) ?? 0;
const minOf = (values: unknown[]) => values.map(String).sort()[0];
const maxOf = (values: unknown[]) => values.map(String).sort().at(-1);

async function staffNames(db: Database, codes: string[]): Promise<Map<string, string>> {
  const rows: { code: string; name: string }[] = await db.knex('staff').whereIn('code', codes).select('code', 'name');
  return new Map(rows.map((r) => [r.code, r.name]));
}
