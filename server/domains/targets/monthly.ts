// The monthly figures behind each target key, computed in SQL (the membership and campaign
// cubes grouped by month): one small series per key, so that every branch and key has its own
// as-of month and its own rate. Realisation is always computed from the stored facts.
import { type BranchScope, scopeFilters } from '../branches/scope.ts';
import { monthIndex } from '../../analytics/periods.ts';
import type { Filter } from '../../analytics/model.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import type { TargetMetric } from '../../../common/vocabulary/catalog.ts';
import { campaignCube } from '../campaigns/cube.ts';
import { membershipCube } from '../membership/cube.ts';
import type { MonthValue } from './projection.ts';

export const branchKey = (branch: unknown, program: unknown, segment: unknown) => `${branch}|${program}|${segment}`;
export const staffKey = (branch: unknown, staff: unknown) => `${branch}|${staff}`;

/** Monthly figures (months 1–12 of the year) per target key. */
export type MonthlyByKey = Map<string, MonthValue[]>;

/** Months 1 to `lastMonth` of the year (all twelve unless a cut-off ends them sooner). */
function yearFilters(year: number, scope: BranchScope, lastMonth = 12): Filter[] {
  const filters: Filter[] = [{ member: 'periodIndex', op: 'between', from: monthIndex(year, 1), to: monthIndex(year, lastMonth) }];
  filters.push(...scopeFilters(scope));
  return filters;
}

const monthOfIndex = (index: unknown, year: number) => Number(index) - monthIndex(year, 1) + 1;

function push(map: Map<string, MonthValue[]>, key: string, value: MonthValue): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Program enrolments per branch, program and segment and month: active participants (stock)
 * or new participants (flow). A month whose row carries no flow is not a flow observation.
 */
export async function membershipMonths(db: Database, year: number, metric: TargetMetric, scope: BranchScope = {}, lastMonth = 12): Promise<MonthlyByKey> {
  if (lastMonth < 1) return new Map();
  const measure = metric === 'ACTIVE_PARTICIPANTS' ? 'activeParticipants' : 'newParticipants';
  const rows = await runQuery(db, membershipCube, {
    dimensions: ['branch', 'program', 'segment', 'periodIndex'],
    measures: [measure],
    filters: yearFilters(year, scope, lastMonth),
    namedFilters: ['enrolments'],
  }, { ordered: false });
  // Indexed by key below; each key's months are sorted where they are projected.
  const out: MonthlyByKey = new Map();
  for (const r of rows) {
    if (r[measure] === null || r[measure] === undefined) continue;
    push(out, branchKey(r.branch, r.program, r.segment), { month: monthOfIndex(r.periodIndex, year), value: Number(r[measure]) });
  }
  return out;
}

/**
 * Active program enrolments per key as at its latest month of the year, and that month (1–12):
 * one row per key, read from the yearly rollup (membership/rollup.ts). A key whose latest month
 * is December is final; only the others need their months (membershipMonths).
 */
export async function yearEnds(db: Database, year: number, scope: BranchScope = {}): Promise<Map<string, MonthValue & { branch: string }>> {
  const rows = await runQuery(db, membershipCube, {
    dimensions: ['branch', 'program', 'segment', 'YEAR'],
    measures: ['activeParticipants', 'asOfIndex'],
    filters: yearFilters(year, scope),
    namedFilters: ['enrolments'],
  }, { ordered: false });
  return new Map(
    rows.map((r) => [branchKey(r.branch, r.program, r.segment), { branch: String(r.branch), month: monthOfIndex(r.asOfIndex, year), value: Number(r.activeParticipants) }]),
  );
}

/**
 * Active program enrolments stored for December of the year before, per key (absent when not
 * stored): the year-ends of that year (the yearly rollup) whose latest month is December.
 */
export async function previousYearEnds(db: Database, year: number, scope: BranchScope = {}): Promise<Map<string, number>> {
  const ends = await yearEnds(db, year - 1, scope);
  return new Map([...ends].filter(([, end]) => end.month === 12).map(([key, end]) => [key, end.value]));
}

/** Registrations per staff member and month, and the months each branch ran activities in. */
export interface StaffMonths {
  registrations: Map<string, Map<number, number>>;
  branchSpan: Map<string, { first: number; last: number }>;
}

/**
 * `throughDay` (a day number, dayNumber of analytics/periods.ts) cuts the activities to those
 * dated on or before it; no rollup holds days, so a cut-off reads the activities.
 */
export async function staffMonths(db: Database, year: number, scope: BranchScope = {}, cutOff?: { lastMonth: number; throughDay: number }): Promise<StaffMonths> {
  const out: StaffMonths = { registrations: new Map(), branchSpan: new Map() };
  if (cutOff && cutOff.lastMonth < 1) return out;
  const filters = yearFilters(year, scope, cutOff?.lastMonth ?? 12);
  if (cutOff) filters.push({ member: 'day', op: 'between', to: cutOff.throughDay });
  const rows = await runQuery(db, campaignCube, {
    dimensions: ['branch', 'STAFF', 'periodIndex'],
    measures: ['registrations'],
    filters,
  });
  for (const r of rows) {
    const month = monthOfIndex(r.periodIndex, year);
    const b = String(r.branch);
    const s = out.branchSpan.get(b);
    out.branchSpan.set(b, { first: Math.min(s?.first ?? month, month), last: Math.max(s?.last ?? month, month) });
    const key = staffKey(r.branch, r.STAFF);
    const byMonth = out.registrations.get(key) ?? new Map<number, number>();
    byMonth.set(month, (byMonth.get(month) ?? 0) + Number(r.registrations ?? 0));
    out.registrations.set(key, byMonth);
  }
  return out;
}

/**
 * A staff member's monthly registrations. A month in which the branch ran activities but this
 * member had none is a real zero for them, so the series covers every month from the branch's
 * first to its latest month with activities; empty when the branch has none in the year.
 */
export function staffSeries(months: StaffMonths, branch: string, staff: string): MonthValue[] {
  const span = months.branchSpan.get(branch);
  if (!span) return [];
  const own = months.registrations.get(staffKey(branch, staff));
  const series: MonthValue[] = [];
  for (let m = span.first; m <= span.last; m++) series.push({ month: m, value: own?.get(m) ?? 0 });
  return series;
}
