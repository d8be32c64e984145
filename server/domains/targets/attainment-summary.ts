// What a targetAttainment row is made of: sums and counts over its target keys, the same
// whether summed in JavaScript over keys projected for the question (query.ts, for questions
// with a cut-off or by staff) or in SQL over the stored keys (target_attainment_key,
// attainmentKeyCube in cube.ts). query.ts's rowOf makes the row from either.
import type { Row } from '../../analytics/run.ts';
import { type KeyProjection, type ProjectionParts, projectionParts } from './projection.ts';

export interface KeysSummary extends ProjectionParts {
  /** The row's target: every target row counted (a staff member's binding shares only). */
  target: number;
  keysWithData: number;
  /** The target of the keys with data, which attainment and gap are over. */
  targetWithData: number;
  realised: number;
  /** The latest and earliest of the keys' own latest months with data (1–12), null without data. */
  asOfLatest: number | null;
  asOfEarliest: number | null;
  branches: number;
  reportingBranches: number;
  sourceMin: string | undefined;
  sourceMax: string | undefined;
}

/** One target key of a row: its branch, its own target and its projection. */
export interface ProjectedKey {
  branch: string;
  target: number;
  projection: KeyProjection;
}

const withData = (k: ProjectedKey) => k.projection.kind !== 'no-data';

/** The summary of keys projected in JavaScript; `target` and the sources are the row's target rows'. */
export function summariseKeys(keys: readonly ProjectedKey[], rows: { target: number; branches: number; sourceMin: string | undefined; sourceMax: string | undefined }): KeysSummary {
  const reporting = keys.filter(withData);
  const months = reporting.map((k) => ('asOfMonth' in k.projection ? k.projection.asOfMonth : 0));
  return {
    ...projectionParts(keys.map((k) => k.projection)),
    target: rows.target,
    keysWithData: reporting.length,
    targetWithData: reporting.reduce((s, k) => s + k.target, 0),
    realised: reporting.reduce((s, k) => s + ('realised' in k.projection ? k.projection.realised : 0), 0),
    asOfLatest: months.length ? Math.max(...months) : null,
    asOfEarliest: months.length ? Math.min(...months) : null,
    branches: rows.branches,
    reportingBranches: new Set(reporting.map((k) => k.branch)).size,
    sourceMin: rows.sourceMin,
    sourceMax: rows.sourceMax,
  };
}

/** The measures of attainmentKeyCube that make a summary. */
export const SUMMARY_MEASURES = [
  'target', 'keys', 'keysWithData', 'targetWithData', 'realised', 'asOfLatest', 'asOfEarliest', 'complete', 'unprojectable',
  'projected', 'floor', 'withoutInterval', 'variance', 'branches', 'reportingBranches', 'sourceMin', 'sourceMax',
];

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** The summary of a group of stored keys, as attainmentKeyCube sums them. */
export function summaryOfRow(r: Row): KeysSummary {
  return {
    keys: num(r.keys),
    unprojectable: num(r.unprojectable),
    complete: num(r.complete),
    projected: num(r.projected),
    floor: num(r.floor),
    withoutInterval: num(r.withoutInterval),
    variance: num(r.variance),
    target: num(r.target),
    keysWithData: num(r.keysWithData),
    targetWithData: num(r.targetWithData),
    realised: num(r.realised),
    asOfLatest: numOrNull(r.asOfLatest),
    asOfEarliest: numOrNull(r.asOfEarliest),
    branches: num(r.branches),
    reportingBranches: num(r.reportingBranches),
    sourceMin: r.sourceMin === null || r.sourceMin === undefined ? undefined : String(r.sourceMin),
    sourceMax: r.sourceMax === null || r.sourceMax === undefined ? undefined : String(r.sourceMax),
  };
}
