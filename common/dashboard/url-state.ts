// The dashboard's whole view state, read from and written to the URL so a view can be shared,
// bookmarked and reloaded. Pure: parse(search) → state, serialise(state) → search string.
// Contract parameters: lang, branch, from, to, segments (comma separated). Extras: region,
// scope=national, gran, programs, measure, channel, reachBy (the reach panel's grouping), year,
// groupBy, table (panels whose table is open). `from` and `to` may also be ISO weeks (`YYYY-Www`,
// the dashboard's "this week / last week"): the link names the week itself, so whoever opens it
// sees the figures of that week, not of the week they open it in. The scope of the view is one of nation, a regional office (`region=`) or a branch
// (`branch=`), never two: a URL naming both keeps the branch, the narrower one.
import { isNationalScope, NATIONAL_SCOPE, SCOPE_PARAM } from './scope-param.ts';
import { isLocale, type Locale } from '../i18n/format.ts';
import { normaliseReachFocus } from '../charts/reach-focus.ts';
import { REACH_MEASURES } from '../charts/reach-measures.ts';
import { PROGRAMS, SEGMENTS } from '../vocabulary/catalog.ts';
import { Granularity, TargetGroupBy } from '../vocabulary/schema-enums.ts';
import { readIsoWeek } from '../time/iso-week.ts';

export { PROGRAMS, SEGMENTS };
export const GRANULARITIES = Object.values(Granularity);
export const MEASURES = REACH_MEASURES;
export const GROUP_BYS = Object.values(TargetGroupBy);
export const PANELS = ['membership', 'reach', 'targets', 'effectiveness'] as const;
/** How the reach panel groups its rows: by channel (one bar per channel and type) or by ISO week. */
export const REACH_GROUPINGS = ['CHANNEL', 'WEEK'] as const;

export type SegmentCode = (typeof SEGMENTS)[number];
export type ProgramCode = (typeof PROGRAMS)[number];
export type GranularityCode = (typeof GRANULARITIES)[number];
export type MeasureCode = (typeof MEASURES)[number];
export type GroupByCode = (typeof GROUP_BYS)[number];
export type PanelId = (typeof PANELS)[number];
export type ReachGroupingCode = (typeof REACH_GROUPINGS)[number];

export interface DashboardState {
  lang: Locale;
  /** Branch code; null when the scope is a region or the nation, or until chosen (the app then picks MADIUN or the first branch). */
  branch: string | null;
  /** Regional office code when the scope is that office (then `branch` is null). */
  region: string | null;
  /**
   * True when the scope is the whole nation (`scope=national`; `branch` and `region` null). A
   * URL without any of the three is not the nation but the default view, the study's branch.
   */
  national: boolean;
  /**
   * Period strings `YYYY`, `YYYY-Qn` or `YYYY-MM`, or both ISO weeks `YYYY-Www` (a range in
   * weeks, which only the campaign panels answer); null = from the first / to the latest data.
   */
  from: string | null;
  to: string | null;
  segments: SegmentCode[];
  granularity: GranularityCode;
  /** Programs shown in the membership panel; empty = persons per segment (the study's view). */
  programs: ProgramCode[];
  measure: MeasureCode;
  /**
   * Channel focused in the reach panel (cross-filter): one channel of one activity type,
   * `PROMOTION:YOUTUBE` (YouTube is both a socialisation and a promotion channel). A bare
   * `YOUTUBE` from older links is kept and means the channel's rows of both types. null = none.
   */
  channel: string | null;
  /** The reach panel's grouping (`reachBy=WEEK`; CHANNEL is the default and left out). */
  reachBy: ReachGroupingCode;
  /** Year of the targets; null = the year of `to` (or the latest). */
  year: number | null;
  groupBy: GroupByCode;
  /** Panels whose data table is open. */
  tables: PanelId[];
}

export const DEFAULT_STATE: DashboardState = {
  lang: 'id',
  branch: null,
  region: null,
  national: false,
  from: null,
  to: null,
  segments: [...SEGMENTS],
  granularity: 'YEAR',
  programs: [],
  measure: 'reach',
  channel: null,
  reachBy: 'CHANNEL',
  year: null,
  groupBy: 'PROGRAM',
  tables: [],
};

/** A branch or region code as the URL may carry it. */
const CODE = /^[A-Z0-9_-]{1,40}$/;

const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && PERIOD.test(value);
}

/** Whether a value is an ISO week key that exists (`2026-W53` does, `2025-W53` does not). */
export function isWeekKey(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-W\d{2}$/.test(value) && readIsoWeek(value).ok;
}

/** Whether the view's period is a range of weeks (see parseState: both ends are then weeks). */
export function isWeekRange(state: Pick<DashboardState, 'from' | 'to'>): boolean {
  return isWeekKey(state.from) && isWeekKey(state.to);
}

/**
 * `from` and `to` as the URL gives them: periods, or weeks. Weeks range over weeks only; a
 * week at one end and a month at the other (a hand-made link) is read as that week alone,
 * since the filter bar has no way to show such a range. Reversed ends are swapped.
 */
function rangeOf(fromText: string | null, toText: string | null): { from: string | null; to: string | null } {
  const read = (text: string | null) => {
    const value = text?.trim() ?? '';
    if (PERIOD.test(value)) return value;
    const upper = value.toUpperCase();
    return isWeekKey(upper) ? upper : null;
  };
  let from = read(fromText);
  let to = read(toText);
  const fromWeek = isWeekKey(from);
  const toWeek = isWeekKey(to);
  if (fromWeek !== toWeek) {
    const week = fromWeek ? from : to;
    return { from: week, to: week };
  }
  if (fromWeek && toWeek) {
    if (from! > to!) [from, to] = [to, from];
    return { from, to };
  }
  if (from && to && periodStart(from) > periodEnd(to)) [from, to] = [to, from];
  return { from, to };
}

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
  if (value === null) return fallback;
  const upper = list.find((v) => v.toLowerCase() === value.trim().toLowerCase());
  return upper ?? fallback;
}

function listOf<T extends string>(list: readonly T[], value: string | null, fallback: T[]): T[] {
  if (value === null) return fallback;
  const wanted = new Set(value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean));
  // Keep the canonical order so PU,BPU and BPU,PU are the same view.
  return list.filter((v) => wanted.has(v.toUpperCase()));
}

/** `promotion:youtube` → `PROMOTION:YOUTUBE`; a bare `youtube` → `YOUTUBE`; anything malformed → null. */
function channelOf(value: string | null): string | null {
  const focus = normaliseReachFocus(value?.toUpperCase());
  return focus && /^([A-Z]+:)?[A-Z0-9_-]{1,40}$/.test(focus) ? focus : null;
}

/** Reads a URL query string (with or without "?"); anything unknown or malformed falls back to the default. */
export function parseState(search: string): DashboardState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const branchText = p.get('branch')?.trim().toUpperCase() || null;
  const branch = branchText && CODE.test(branchText) ? branchText : null;
  const regionText = p.get('region')?.trim().toUpperCase() || null;
  // Never both: the branch, the narrower scope, wins over its (or any) region.
  const region = !branch && regionText && CODE.test(regionText) ? regionText : null;
  const scope = p.get(SCOPE_PARAM);
  const national = !branch && !region && scope !== null && isNationalScope(scope);
  const { from, to } = rangeOf(p.get('from'), p.get('to'));
  const yearText = p.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const segments = listOf(SEGMENTS, p.get('segments'), DEFAULT_STATE.segments);
  return {
    lang: isLocale(lang) ? lang : DEFAULT_STATE.lang,
    branch,
    region,
    national,
    from,
    to,
    // An empty selection would show nothing: treat it as "all", as the API does.
    segments: segments.length ? segments : [...SEGMENTS],
    granularity: oneOf(GRANULARITIES, p.get('gran'), DEFAULT_STATE.granularity),
    programs: listOf(PROGRAMS, p.get('programs'), []),
    measure: (MEASURES as readonly string[]).includes(p.get('measure') ?? '') ? (p.get('measure') as MeasureCode) : DEFAULT_STATE.measure,
    channel: channelOf(p.get('channel')),
    reachBy: oneOf(REACH_GROUPINGS, p.get('reachBy'), DEFAULT_STATE.reachBy),
    year,
    groupBy: oneOf(GROUP_BYS, p.get('groupBy'), DEFAULT_STATE.groupBy),
    tables: listOf(PANELS, p.get('table')?.toUpperCase() ?? null, []),
  };
}

/** Writes the state as a query string (leading "?"), contract parameters first, defaults omitted for the extras. */
export function serialiseState(state: DashboardState): string {
  const p = new URLSearchParams();
  p.set('lang', state.lang);
  // One scope parameter at most, the narrowest the state names (see parseState).
  if (state.branch) p.set('branch', state.branch);
  else if (state.region) p.set('region', state.region);
  else if (state.national) p.set(SCOPE_PARAM, NATIONAL_SCOPE);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  p.set('segments', state.segments.join(','));
  if (state.granularity !== DEFAULT_STATE.granularity) p.set('gran', state.granularity);
  if (state.programs.length) p.set('programs', state.programs.join(','));
  if (state.measure !== DEFAULT_STATE.measure) p.set('measure', state.measure);
  if (state.channel) p.set('channel', state.channel);
  if (state.reachBy !== DEFAULT_STATE.reachBy) p.set('reachBy', state.reachBy);
  if (state.year !== null) p.set('year', String(state.year));
  if (state.groupBy !== DEFAULT_STATE.groupBy) p.set('groupBy', state.groupBy);
  if (state.tables.length) p.set('table', state.tables.join(','));
  // Commas and colons are safe in a query string; keep them readable in shared links
  // (`segments=PU,BPU`, `channel=PROMOTION:YOUTUBE`).
  return `?${p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

/** First month (`YYYY-MM`) a period covers: "2020" → "2020-01", "2020-Q3" → "2020-07". */
export function periodStart(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  if (/^\d{4}$/.test(period)) return `${period}-01`;
  return period;
}

/** Last month (`YYYY-MM`) a period covers: "2020" → "2020-12", "2020-Q3" → "2020-09". */
export function periodEnd(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}`;
  if (/^\d{4}$/.test(period)) return `${period}-12`;
  return period;
}

/** The period of the given granularity that contains a month: ("2020-08", QUARTER) → "2020-Q3". */
export function periodOf(month: string, granularity: GranularityCode): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7)) || 1;
  if (granularity === 'YEAR') return year;
  if (granularity === 'QUARTER') return `${year}-Q${Math.ceil(m / 3)}`;
  return `${year}-${String(m).padStart(2, '0')}`;
}

/**
 * Re-expresses the range in a new granularity, keeping it covering the same months. A range of
 * weeks stays as it is: the granularity is the membership trend's, which weeks do not reach.
 */
export function convertRange(from: string | null, to: string | null, granularity: GranularityCode): { from: string | null; to: string | null } {
  if (isWeekKey(from) || isWeekKey(to)) return { from, to };
  return {
    from: from ? periodOf(periodStart(from), granularity) : null,
    to: to ? periodOf(periodEnd(to), granularity) : null,
  };
}

export function yearOf(period: string | null): number | null {
  return period ? Number(period.slice(0, 4)) : null;
}

/** The scope of a view: the whole nation, one regional office, or one branch. */
export type Scope = { kind: 'nation' } | { kind: 'region'; region: string } | { kind: 'branch'; branch: string };

/** The state change that sets a scope, clearing the other scope fields (never two at once). */
export function scopeChange(scope: Scope): Pick<DashboardState, 'branch' | 'region' | 'national'> {
  if (scope.kind === 'branch') return { branch: scope.branch, region: null, national: false };
  if (scope.kind === 'region') return { branch: null, region: scope.region, national: false };
  return { branch: null, region: null, national: true };
}
