// Run-rate projections of one target key (a branch, program and segment, or a branch and staff
// member) to the year's end, with a 95 % interval, and how keys combine into a row. Pure: the
// monthly figures come in, numbers go out.
//
// Model: month-to-month changes of a stock (or monthly flows) are independent draws around a
// constant rate μ with variance σ². The projection adds μ̂ for every month still to come; its
// variance is that of the h future months (h·σ²) plus the uncertainty of μ̂ itself
// (h²·σ²/N, N months measured), and the interval uses Student's t with one degree of freedom
// fewer than the observed changes, so that three months of data give a wide interval, not a
// confident one. Nothing is ever assumed: a stock's starting value is the previous year-end
// when it is stored, else the first month with data; one observation is no rate at all, for a
// stock (one value, no change) as for a flow (one month, no spread to measure: 40 new members
// in October times twelve would invent nine months).
import { tQuantile975 } from './student-t.ts';

/** A month of the target's year (1–12; 0 is the previous December) and its figure. */
export interface MonthValue {
  month: number;
  value: number;
}

export type KeyProjection =
  /** The key has no data in the year. */
  | { kind: 'no-data' }
  /** December is stored: the realised figure is final. */
  | { kind: 'complete'; realised: number; asOfMonth: number }
  /**
   * The year is running but one observation gives no rate: nothing can be projected (a stock
   * with one value and no previous year-end; a flow with one month).
   */
  | { kind: 'no-rate'; realised: number; asOfMonth: number }
  /**
   * Projected to December. `halfWidth` is the 95 % half-width, null when the variation cannot
   * be measured (a single month-to-month change).
   */
  | { kind: 'projected'; realised: number; asOfMonth: number; projected: number; halfWidth: number | null; floor: number };

const byMonth = (a: MonthValue, b: MonthValue) => a.month - b.month;

/**
 * A stock (active participants): the latest month's value is realised. The rate is the change
 * from the start (previous year-end, else the first month with data) to the latest month, per
 * month spanned; changes over gaps of k months count as k months.
 */
export function projectStock(months: readonly MonthValue[], previousYearEnd: number | null): KeyProjection {
  const observed = [...months].sort(byMonth);
  const latest = observed.at(-1);
  if (!latest) return { kind: 'no-data' };
  const realised = latest.value;
  if (latest.month >= 12) return { kind: 'complete', realised, asOfMonth: latest.month };
  const series = previousYearEnd === null ? observed : [{ month: 0, value: previousYearEnd }, ...observed];
  if (series.length < 2) return { kind: 'no-rate', realised, asOfMonth: latest.month };
  const spanned = latest.month - series[0].month;
  const rate = (realised - series[0].value) / spanned;
  const remaining = 12 - latest.month;
  // σ² from the changes, each weighted by the months it spans (a k-month change has k·σ²).
  const changes = series.slice(1).map((p, i) => ({ months: p.month - series[i].month, change: p.value - series[i].value }));
  const halfWidth =
    changes.length < 2
      ? null
      : tQuantile975(changes.length - 1) *
        Math.sqrt(
          (changes.reduce((s, c) => s + (c.change - c.months * rate) ** 2 / c.months, 0) / (changes.length - 1)) *
            (remaining + remaining ** 2 / spanned),
        );
  // A stock cannot fall below zero, however steep its decline.
  return { kind: 'projected', realised, asOfMonth: latest.month, projected: Math.max(0, realised + rate * remaining), halfWidth, floor: 0 };
}

/**
 * A flow (new participants, registrations): the observed months sum to the realised figure;
 * every month of the year without data, before or after, is estimated at the observed mean.
 * December stored means the year is closed (a yearly import is stored as December). A single
 * month is no rate: its spread cannot be measured, so neither can the projection's interval.
 */
export function projectFlow(months: readonly MonthValue[]): KeyProjection {
  const observed = [...months].sort(byMonth);
  const latest = observed.at(-1);
  if (!latest) return { kind: 'no-data' };
  const realised = observed.reduce((s, m) => s + m.value, 0);
  if (latest.month >= 12) return { kind: 'complete', realised, asOfMonth: latest.month };
  const n = observed.length;
  if (n < 2) return { kind: 'no-rate', realised, asOfMonth: latest.month };
  const rate = realised / n;
  const missing = 12 - n;
  const variance = observed.reduce((s, m) => s + (m.value - rate) ** 2, 0) / (n - 1);
  const halfWidth = tQuantile975(n - 1) * Math.sqrt(variance * (missing + missing ** 2 / n));
  // Flows never run backwards: the year can end no lower than what is already counted.
  return { kind: 'projected', realised, asOfMonth: latest.month, projected: realised + rate * missing, halfWidth, floor: realised };
}

export interface CombinedProjection {
  projected: number | null;
  low: number | null;
  high: number | null;
}

/**
 * What a row's projection needs of its keys, each a sum over them: how many keys, how many
 * cannot be projected (no data or no rate: their year-end would be invented) and how many are
 * complete; the sum of their projections (complete keys count as they are) and of their
 * floors; how many projections have no interval, and the sum of the squared half-widths of
 * those that have one. Summed in JavaScript here, or in SQL over the stored keys
 * (target_attainment_key, cube.ts attainmentKeyCube): combineParts makes the same row of both.
 */
export interface ProjectionParts {
  keys: number;
  unprojectable: number;
  complete: number;
  projected: number;
  floor: number;
  withoutInterval: number;
  variance: number;
}

export function projectionParts(keys: readonly KeyProjection[]): ProjectionParts {
  const parts: ProjectionParts = { keys: keys.length, unprojectable: 0, complete: 0, projected: 0, floor: 0, withoutInterval: 0, variance: 0 };
  for (const k of keys) {
    if (k.kind === 'no-data' || k.kind === 'no-rate') parts.unprojectable += 1;
    else if (k.kind === 'complete') {
      parts.complete += 1;
      parts.projected += k.realised;
      parts.floor += k.realised;
    } else {
      parts.projected += k.projected;
      parts.floor += k.floor;
      if (k.halfWidth === null) parts.withoutInterval += 1;
      else parts.variance += k.halfWidth ** 2;
    }
  }
  return parts;
}

/**
 * The projection of a row from its keys' parts: the sum of their projections, the 95 %
 * half-widths combined as for independent keys (in quadrature). Null when any key cannot be
 * projected or when every key is complete (nothing left to project); no interval when any
 * projection has none.
 */
export function combineParts(p: ProjectionParts): CombinedProjection {
  const none = { projected: null, low: null, high: null };
  if (p.keys === 0 || p.unprojectable > 0 || p.complete === p.keys) return none;
  const value = Math.round(p.projected);
  if (p.withoutInterval > 0) return { projected: value, low: null, high: null };
  const half = Math.sqrt(p.variance);
  return { projected: value, low: Math.max(Math.round(p.floor), Math.round(p.projected - half)), high: Math.round(p.projected + half) };
}

/** The projection of a row from its keys (combineParts of their projectionParts). */
export const combineProjections = (keys: readonly KeyProjection[]): CombinedProjection => combineParts(projectionParts(keys));
