// targetAttainment: targets against realisation for a year, grouped by program, segment or
// staff, with the gap, each key's own as-of month, a run-rate projection with a 95 % interval
// while the year is still running, and a status that says when there is no data yet or when
// only some of a row's target keys have data (then the attainment is over those keys only).
import { compareCodePoints } from '../../analytics/byte-order.ts';
import { dayNumber, monthLabel, monthIndex } from '../../analytics/periods.ts';
import { readDay } from '../../../common/time/iso-week.ts';
import type { Filter } from '../../analytics/model.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import type { AnswerFields } from '../question.ts';
import { NONE, PROGRAMS, SEGMENTS, TARGET_METRICS, type TargetMetric } from '../../../common/vocabulary/catalog.ts';
import { type AttainmentStatus, type CountUnit, TargetGroupBy } from '../../../common/vocabulary/schema-enums.ts';
import { BadInputError } from '../../errors.ts';
import { type BranchScope, resolveScope, scopeFilters } from '../branches/scope.ts';
import { type AggregateSource, combinedSource } from '../source.ts';
import { staffNames } from '../staff.ts';
import { targetCube } from './cube.ts';
import { branchKey, staffKey, staffMonths, staffSeries } from './monthly.ts';
import { bindingShares } from './person-target.ts';
import { combineProjections, type KeyProjection, projectFlow, projectStock } from './projection.ts';
import { realisationByKey } from './realisation.ts';
import { staffRealisation } from './staff-realisation.ts';

export const TARGET_GROUP_BY = Object.values(TargetGroupBy);
export type { AttainmentStatus, CountUnit, TargetGroupBy };

export interface TargetAttainmentArgs {
  branch?: string | null;
  region?: string | null;
  year: number;
  groupBy?: TargetGroupBy | null;
  metric?: TargetMetric | null;
  /**
   * A cut-off day `YYYY-MM-DD`: only what is dated on or before it counts (membership months
   * that ended by it, campaign activities of that day or before), so that an assessment of a
   * past week reads as it stood at that week's end whatever was imported since. Unset: all data.
   */
  through?: string | null;
}

/** What a cut-off leaves of the year: membership months that ended by it, activities up to its day. */
export interface CutOff {
  /** Membership months of the year (0–12) whose last day is on or before the cut-off. */
  monthsEnded: number;
  /** The month (0–12) of the cut-off day, whose activities count up to that day. */
  activityMonth: number;
  throughDay: number;
}

/** The cut-off of `through` in `year`; null when it cuts nothing (on or after December 31). */
export function cutOffOf(year: number, through: string | null | undefined): CutOff | null {
  if (through === null || through === undefined) return null;
  if (!readDay(through)) throw new BadInputError('through', `"${through}" is not a day (YYYY-MM-DD)`);
  if (through >= `${year}-12-31`) return null;
  const throughDay = dayNumber(through);
  if (through < `${year}-01-01`) return { monthsEnded: 0, activityMonth: 0, throughDay };
  const month = Number(through.slice(5, 7));
  // The last day of the month is the day before the next month's first.
  const lastOfMonth = dayNumber(`${monthLabel(monthIndex(year, month) + 1)}-01`) - 1;
  return { monthsEnded: throughDay === lastOfMonth ? month : month - 1, activityMonth: month, throughDay };
}

export interface AttainmentRow {
  key: string;
  label: string;
  metric: TargetMetric;
  unit: CountUnit;
  status: AttainmentStatus;
  target: number;
  targetWithData: number;
  targetWithoutData: number;
  keysWithTargets: number;
  keysWithData: number;
  realised: number;
  attainmentPct: number;
  gap: number;
  asOf: string | null;
  earliestAsOf: string | null;
  branchesWithTargets: number;
  reportingBranches: number;
  projectedRealised: number | null;
  projectedLow: number | null;
  projectedHigh: number | null;
  projectedAttainmentPct: number | null;
  source: AggregateSource;
}

interface Group {
  target: number;
  /**
   * One projection per target key, each key counted once (staff targets may repeat a person),
   * with the key's own target (the sum of its target rows).
   */
  keys: Map<string, { branch: string; target: number; projection: KeyProjection }>;
  branches: Set<string>;
  sources: unknown[];
}

/** The row fields that need a projection to December. */
const PROJECTION_FIELDS = ['projectedRealised', 'projectedLow', 'projectedHigh', 'projectedAttainmentPct'];

/** Whether an answer with these fields selected (every field when unsaid) makes projections. */
export const asksProjections = (fields: ReadonlySet<string> | undefined): boolean => !fields || PROJECTION_FIELDS.some((field) => fields.has(field));

/**
 * `raw` reads the realisation from the membership months, never a rollup (the tests compare
 * both). When `fields` selects no projection, none is made: the December before, which only
 * starts a stock's run rate, is not read, and the projected fields are null.
 */
export async function targetAttainment(db: Database, args: TargetAttainmentArgs, opts: { raw?: boolean } & AnswerFields = {}): Promise<AttainmentRow[]> {
  if (!Number.isInteger(args.year) || args.year < 1900 || args.year > 2200) {
    throw new BadInputError('year', `${args.year} is not a year between 1900 and 2200`);
  }
  const groupBy = args.groupBy ?? 'PROGRAM';
  if (!TARGET_GROUP_BY.includes(groupBy)) throw new BadInputError('groupBy', `"${groupBy}" is not one of ${TARGET_GROUP_BY.join(', ')}`);
  const metric = args.metric ?? (groupBy === 'STAFF' ? 'NEW_PARTICIPANTS' : 'ACTIVE_PARTICIPANTS');
  if (!TARGET_METRICS.includes(metric)) throw new BadInputError('metric', `"${metric}" is not ACTIVE_PARTICIPANTS or NEW_PARTICIPANTS`);
  const cutOff = cutOffOf(args.year, args.through);
  const scope = await resolveScope(db, args);
  const byStaff = groupBy === 'STAFF';
  const projections = asksProjections(opts.fields);

  const filters: Filter[] = [
    { member: 'year', op: 'equals', value: args.year },
    { member: 'metric', op: 'equals', value: metric },
    // Branch targets as staff '' (an equality target_year_idx seeks), the staff split as the rest.
    byStaff ? { member: 'hasStaff', op: 'equals', value: 1 } : { member: 'staff', op: 'equals', value: '' },
  ];
  filters.push(...scopeFilters(scope));
  // The targets, their realisation and the offices at once (each waiting for the one before
  // cost a round trip each); a year without targets has read its realisation for nothing.
  const [targets, projectKey, regionOf] = await Promise.all([
    runQuery(db, targetCube, { dimensions: ['branch', 'program', 'segment', 'staff'], measures: ['target', 'sourceMin', 'sourceMax'], filters }),
    keyProjector(db, args.year, metric, byStaff, scope, cutOff, { raw: opts.raw === true, projections }),
    groupBy === 'REGION' ? branchRegions(db) : undefined,
  ]);
  if (targets.length === 0) return [];

  const keyOf = (t: Record<string, unknown>): string => {
    switch (groupBy) {
      case 'PROGRAM':
        return String(t.program);
      case 'SEGMENT':
        return String(t.segment);
      case 'STAFF':
        return String(t.staff);
      case 'BRANCH':
        return String(t.branch);
      case 'REGION':
        return regionOf!.get(String(t.branch)) ?? '(none)';
    }
  };
  // A staff member's shares count in persons: per segment their largest (person-target.ts).
  const counted = byStaff ? countedShares(targets) : null;
  const groups = new Map<string, Group>();
  for (const t of targets) {
    const key = keyOf(t);
    const factKey = byStaff ? staffKey(t.branch, t.staff) : branchKey(t.branch, t.program, t.segment);
    const target = !counted || counted.has(t) ? Number(t.target) : 0;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { target: 0, keys: new Map(), branches: new Set(), sources: [] }));
    g.target += target;
    g.sources.push(t.sourceMin, t.sourceMax);
    g.branches.add(String(t.branch));
    const known = g.keys.get(factKey);
    if (known) known.target += target;
    else g.keys.set(factKey, { branch: String(t.branch), target: Number(t.target), projection: projectKey(t) });
  }

  // A row's label is what people call it: a staff member's name, a branch's or an office's
  // (only when asked for: the ranking reads none); `(none)` and program or segment codes stay keys.
  const labelled = !opts.fields || opts.fields.has('label');
  const names = byStaff
    ? await staffNames(db, { codes: [...groups.keys()] })
    : labelled && (groupBy === 'BRANCH' || groupBy === 'REGION')
      ? await officeLabels(db, groupBy)
      : new Map<string, string>();
  const unit: CountUnit = byStaff ? 'PERSONS' : 'ENROLMENTS';
  return [...groups.entries()]
    .map(([key, g]) => rowOf(key, g, { label: names.get(key) ?? key, metric, unit, year: args.year, projections }))
    .sort((a, b) => orderKey(groupBy, a.key) - orderKey(groupBy, b.key) || compareCodePoints(a.key, b.key));
}

/** The staff target rows that count, per branch and staff member: their binding shares (person-target.ts). */
function countedShares(targets: Record<string, unknown>[]): Set<Record<string, unknown>> {
  const byPerson = new Map<string, { row: Record<string, unknown>; program: string; segment: string; target: number }[]>();
  for (const row of targets) {
    const person = staffKey(row.branch, row.staff);
    byPerson.set(person, [...(byPerson.get(person) ?? []), { row, program: String(row.program), segment: String(row.segment), target: Number(row.target) }]);
  }
  return new Set([...byPerson.values()].flatMap((shares) => bindingShares(shares).map((s) => s.row)));
}

/**
 * The projection of one target key from its monthly series (queried once for all keys). A
 * branch's keys read one row each from the realisation cube (realisation.ts), a staff member's
 * from the staff realisation cube (staff-realisation.ts), its months side by side; `raw` reads
 * them from the membership months and the activities instead of the rollups.
 */
async function keyProjector(db: Database, year: number, metric: TargetMetric, byStaff: boolean, scope: BranchScope, cutOff: CutOff | null, opts: { raw: boolean; projections: boolean }) {
  const { raw } = opts;
  if (byStaff) {
    const months = cutOff ? await staffMonths(db, year, scope, { lastMonth: cutOff.activityMonth, throughDay: cutOff.throughDay }) : await staffRealisation(db, year, scope, raw);
    return (t: Record<string, unknown>) => projectFlow(staffSeries(months, String(t.branch), String(t.staff)));
  }
  const realised = await realisationByKey(db, year, metric, scope, { lastMonth: cutOff?.monthsEnded ?? 12, raw, yearEndBefore: opts.projections });
  const none = { months: [], previousDecember: null };
  if (metric === 'NEW_PARTICIPANTS') return (t: Record<string, unknown>) => projectFlow((realised.get(branchKey(t.branch, t.program, t.segment)) ?? none).months);
  return (t: Record<string, unknown>): KeyProjection => {
    const key = realised.get(branchKey(t.branch, t.program, t.segment)) ?? none;
    return projectStock(key.months, key.previousDecember);
  };
}

function rowOf(key: string, g: Group, meta: { label: string; metric: TargetMetric; unit: CountUnit; year: number; projections: boolean }): AttainmentRow {
  const keys = [...g.keys.values()];
  const reporting = keys.filter((k) => k.projection.kind !== 'no-data');
  const realised = reporting.reduce((s, k) => s + ('realised' in k.projection ? k.projection.realised : 0), 0);
  // Attainment and gap are over the keys with data only: a key without data is not a 0.
  const targetWithData = reporting.reduce((s, k) => s + k.target, 0);
  const asOfMonths = reporting.map((k) => ('asOfMonth' in k.projection ? k.projection.asOfMonth : 0));
  const status: AttainmentStatus =
    reporting.length === 0
      ? 'NO_DATA'
      : reporting.length < keys.length
        ? 'PARTIAL_DATA'
        : keys.every((k) => k.projection.kind === 'complete')
          ? 'COMPLETE'
          : 'IN_PROGRESS';
  // A key without data makes the whole row unprojectable (its year-end would be invented).
  const { projected, low, high } = meta.projections ? combineProjections(keys.map((k) => k.projection)) : { projected: null, low: null, high: null };
  const pct = (value: number) => (targetWithData === 0 ? 0 : round2((value / targetWithData) * 100));
  const month = (m: number) => monthLabel(monthIndex(meta.year, m));
  return {
    key: key === NONE ? '(none)' : key,
    label: meta.label,
    metric: meta.metric,
    unit: meta.unit,
    status,
    target: g.target,
    targetWithData,
    targetWithoutData: g.target - targetWithData,
    keysWithTargets: keys.length,
    keysWithData: reporting.length,
    realised,
    attainmentPct: pct(realised),
    gap: targetWithData - realised,
    asOf: asOfMonths.length ? month(Math.max(...asOfMonths)) : null,
    earliestAsOf: asOfMonths.length ? month(Math.min(...asOfMonths)) : null,
    branchesWithTargets: g.branches.size,
    reportingBranches: new Set(reporting.map((k) => k.branch)).size,
    projectedRealised: projected,
    projectedLow: low,
    projectedHigh: high,
    projectedAttainmentPct: projected === null ? null : pct(projected),
    source: combinedSource(minOf(g.sources), maxOf(g.sources)),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

const ORDER: Record<string, readonly string[]> = { PROGRAM: PROGRAMS, SEGMENT: SEGMENTS };
const orderKey = (groupBy: string, key: string) => ORDER[groupBy]?.indexOf(key) ?? 0;
const minOf = (values: unknown[]) => values.map(String).sort()[0];
const maxOf = (values: unknown[]) => values.map(String).sort().at(-1);

/** Branch or regional office names by code, as the branches and regions questions list them. */
async function officeLabels(db: Database, groupBy: 'BRANCH' | 'REGION'): Promise<Map<string, string>> {
  const rows = (await db.read(groupBy === 'BRANCH' ? 'branch' : 'region').select('code', 'name')) as { code: string; name: string }[];
  return new Map(rows.map((r) => [String(r.code), String(r.name)]));
}

/** Branch code → its regional office's code (branches without one left out). */
async function branchRegions(db: Database): Promise<Map<string, string>> {
  const rows = (await db.read('branch').whereNotNull('region_code').select('code', 'region_code')) as { code: string; region_code: string }[];
  return new Map(rows.map((r) => [String(r.code), String(r.region_code)]));
}
