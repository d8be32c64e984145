// The dashboard's whole view state, read from and written to the URL so a view can be shared,
// bookmarked and reloaded. Pure: parse(search) → state, serialise(state) → search string.
// Contract parameters: lang, branch, from, to, segments (comma separated). Extras: region,
// scope=national, gran, programs, measure, channel, year, groupBy, table (panels whose table is
// open). The scope of the view is one of nation, a regional office (`region=`) or a branch
// (`branch=`), never two: a URL naming both keeps the branch, the narrower one.
import { isLocale, type Locale } from '../i18n/format.ts';
import { normaliseReachFocus } from '../charts/reach-focus.ts';
import { REACH_MEASURES } from '../charts/reach-measures.ts';
import { PROGRAMS, SEGMENTS } from '../vocabulary/catalog.ts';
import { Granularity, TargetGroupBy } from '../vocabulary/schema-enums.ts';

export { PROGRAMS, SEGMENTS };
export const GRANULARITIES = Object.values(Granularity);
export const MEASURES = REACH_MEASURES;
export const GROUP_BYS = Object.values(TargetGroupBy);
export const PANELS = ['membership', 'reach', 'targets', 'effectiveness'] as const;

export type SegmentCode = (typeof SEGMENTS)[number];
export type ProgramCode = (typeof PROGRAMS)[number];
export type GranularityCode = (typeof GRANULARITIES)[number];
export type MeasureCode = (typeof MEASURES)[number];
export type GroupByCode = (typeof GROUP_BYS)[number];
export type PanelId = (typeof PANELS)[number];

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
  /** Period strings `YYYY`, `YYYY-Qn` or `YYYY-MM`; null = from the first / to the latest data. */
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
  const national = !branch && !region && p.get('scope')?.trim().toLowerCase() === 'national';
  let from = p.get('from')?.trim() || null;
  let to = p.get('to')?.trim() || null;
  if (!isPeriod(from)) from = null;
  if (!isPeriod(to)) to = null;
  if (from && to && periodStart(from) > periodEnd(to)) [from, to] = [to, from];
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
  else if (state.national) p.set('scope', 'national');
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  p.set('segments', state.segments.join(','));
  if (state.granularity !== DEFAULT_STATE.granularity) p.set('gran', state.granularity);
  if (state.programs.length) p.set('programs', state.programs.join(','));
  if (state.measure !== DEFAULT_STATE.measure) p.set('measure', state.measure);
  if (state.channel) p.set('channel', state.channel);
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

/** Re-expresses the range in a new granularity, keeping it covering the same months. */
export function convertRange(from: string | null, to: string | null, granularity: GranularityCode): { from: string | null; to: string | null } {
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
