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
import { resolveScope, scopeFilters } from '../branches/scope.ts';
import { type AggregateSource, combinedSource } from '../source.ts';
import { staffNames } from '../staff.ts';
import { attainmentKeyCube, targetCube } from './cube.ts';
import { keyProjector } from './key-projector.ts';
import { branchKey, staffKey } from './monthly.ts';
import { bindingShares } from './person-target.ts';
import { type KeysSummary, type ProjectedKey, SUMMARY_MEASURES, summariseKeys, summaryOfRow } from './attainment-summary.ts';
import { combineParts } from './projection.ts';

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
  keys: Map<string, ProjectedKey>;
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

  const yearAndScope: Filter[] = [{ member: 'year', op: 'equals', value: args.year }, { member: 'metric', op: 'equals', value: metric }, ...scopeFilters(scope)];
  const unit: CountUnit = byStaff ? 'PERSONS' : 'ENROLMENTS';
  const meta = { metric, unit, year: args.year, projections };
  // Branch targets on all data: their keys are stored with their realisation and projection
  // (attainment-keys.ts), and a row is their sums.
  if (!byStaff && !cutOff && opts.raw !== true) {
    const rows = await runQuery(db, attainmentKeyCube, { dimensions: [groupBy], measures: SUMMARY_MEASURES, filters: yearAndScope }, { ordered: false });
    const keys = rows.map((r) => String(r[groupBy]));
    const names = await rowLabels(db, groupBy, keys, opts.fields);
    return sortRows(groupBy, rows.map((r, i) => rowOf(keys[i], summaryOfRow(r), { ...meta, label: names.get(keys[i]) ?? keys[i] })));
  }
  const filters: Filter[] = [
    ...yearAndScope,
    // Branch targets as staff '' (an equality target_year_idx seeks), the staff split as the rest.
    byStaff ? { member: 'hasStaff', op: 'equals', value: 1 } : { member: 'staff', op: 'equals', value: '' },
  ];
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

  const names = await rowLabels(db, groupBy, [...groups.keys()], opts.fields);
  return sortRows(
    groupBy,
    [...groups.entries()].map(([key, g]) =>
      rowOf(key, summariseKeys([...g.keys.values()], { target: g.target, branches: g.branches.size, sourceMin: minOf(g.sources), sourceMax: maxOf(g.sources) }), { ...meta, label: names.get(key) ?? key }),
    ),
  );
}

/**
 * A row's label is what people call it: a staff member's name, a branch's or an office's (only
 * when asked for: the ranking reads none); `(none)` and program or segment codes stay keys.
 */
async function rowLabels(db: Database, groupBy: TargetGroupBy, keys: string[], fields: ReadonlySet<string> | undefined): Promise<Map<string, string>> {
  if (groupBy === 'STAFF') return staffNames(db, { codes: keys });
  const labelled = !fields || fields.has('label');
  return labelled && (groupBy === 'BRANCH' || groupBy === 'REGION') ? officeLabels(db, groupBy) : new Map<string, string>();
}

const sortRows = (groupBy: TargetGroupBy, rows: AttainmentRow[]) =>
  rows.sort((a, b) => orderKey(groupBy, a.key) - orderKey(groupBy, b.key) || compareCodePoints(a.key, b.key));

/** The staff target rows that count, per branch and staff member: their binding shares (person-target.ts). */
function countedShares(targets: Record<string, unknown>[]): Set<Record<string, unknown>> {
  const byPerson = new Map<string, { row: Record<string, unknown>; program: string; segment: string; target: number }[]>();
  for (const row of targets) {
    const person = staffKey(row.branch, row.staff);
    byPerson.set(person, [...(byPerson.get(person) ?? []), { row, program: String(row.program), segment: String(row.segment), target: Number(row.target) }]);
  }
  return new Set([...byPerson.values()].flatMap((shares) => bindingShares(shares).map((s) => s.row)));
}

function rowOf(key: string, s: KeysSummary, meta: { label: string; metric: TargetMetric; unit: CountUnit; year: number; projections: boolean }): AttainmentRow {
  // Attainment and gap are over the keys with data only: a key without data is not a 0.
  const status: AttainmentStatus =
    s.keysWithData === 0 ? 'NO_DATA' : s.keysWithData < s.keys ? 'PARTIAL_DATA' : s.complete === s.keys ? 'COMPLETE' : 'IN_PROGRESS';
  // A key without data makes the whole row unprojectable (its year-end would be invented).
  const { projected, low, high } = meta.projections ? combineParts(s) : { projected: null, low: null, high: null };
  const pct = (value: number) => (s.targetWithData === 0 ? 0 : round2((value / s.targetWithData) * 100));
  const month = (m: number | null) => (m === null ? null : monthLabel(monthIndex(meta.year, m)));
  return {
    key: key === NONE ? '(none)' : key,
    label: meta.label,
    metric: meta.metric,
    unit: meta.unit,
    status,
    target: s.target,
    targetWithData: s.targetWithData,
    targetWithoutData: s.target - s.targetWithData,
    keysWithTargets: s.keys,
    keysWithData: s.keysWithData,
    realised: s.realised,
    attainmentPct: pct(s.realised),
    gap: s.targetWithData - s.realised,
    asOf: month(s.asOfLatest),
    earliestAsOf: month(s.asOfEarliest),
    branchesWithTargets: s.branches,
    reportingBranches: s.reportingBranches,
    projectedRealised: projected,
    projectedLow: low,
    projectedHigh: high,
    projectedAttainmentPct: projected === null ? null : pct(projected),
    source: combinedSource(s.sourceMin, s.sourceMax),
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
