// The drill-down table of a national or regional view: one row per office in scope (regional
// offices, or branches), with target attainment (targetAttainment groupBy REGION/BRANCH) and
// campaign results (campaignReach groupBy REGION/BRANCH) joined by office code, ranked by a
// column. Pure, so the order the table shows is tested without a browser.
import { officeName, type OfficeNames } from '../charts/office-names.ts';

/** What the rows are: regional offices (only at the national scope) or branches. */
export type RankingLevel = 'REGION' | 'BRANCH';

export const RANKING_COLUMNS = ['name', 'attainment', 'registrations', 'costPerRegistration'] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];

export interface RankingSort {
  column: RankingColumn;
  descending: boolean;
}

/**
 * The direction a column sorts in when first chosen: the best first (highest attainment, most
 * registrations, cheapest registration), names alphabetically.
 */
export const FIRST_DIRECTION: Record<RankingColumn, boolean> = { name: false, attainment: true, registrations: true, costPerRegistration: false };

export const DEFAULT_RANKING_SORT: RankingSort = { column: 'attainment', descending: true };

/** The next sort after choosing a column: the same column reverses, another starts best first. */
export function nextSort(current: RankingSort, column: RankingColumn): RankingSort {
  return current.column === column ? { column, descending: !current.descending } : { column, descending: FIRST_DIRECTION[column] };
}

export interface RankingOffice {
  code: string;
  name: string;
  /** For a branch, its regional office's name (a search for the office finds its branches). */
  officeName?: string;
  /** The study's branch, or the office that holds it: marked so that it is found at once. */
  study: boolean;
}

type AttainmentStatus = 'NO_DATA' | 'PARTIAL_DATA' | 'IN_PROGRESS' | 'COMPLETE';

export interface RankingTargetRow {
  key: string;
  attainmentPct: number;
  status: AttainmentStatus;
  source: string;
}

export interface RankingReachRow {
  key: string;
  registrations: number;
  costPerRegistration: number | null | undefined;
  source: string;
}

export interface RankingRow extends RankingOffice {
  /** False for a group that is no office (`(none)`: branches without a regional office). */
  selectable: boolean;
  /** Percent; null without targets, or when none of them has data yet (NO_DATA: 0 % would mislead). */
  attainmentPct: number | null;
  attainmentStatus: AttainmentStatus | null;
  registrations: number | null;
  costPerRegistration: number | null;
  /** Where the row's figures came from: one source, MIXED for several, null without figures. */
  source: string | null;
}

// The key of the group of branches without an office is the charts' (one constant for it).
export { NO_REGION_KEY } from '../charts/office-names.ts';

/**
 * One row per office in scope (with or without figures), plus any group the answers add, named
 * from `names` (every office the dashboard knows) as the charts name them (office-names.ts), so
 * that no row shows a bare code. The answers must be about these offices' `level`: joining one
 * level's answers with another's offices ranks the wrong rows (scope-ranking.tsx keeps each
 * answer with the level it was asked for).
 */
export function rankingRows(
  offices: readonly RankingOffice[],
  targets: readonly RankingTargetRow[],
  reach: readonly RankingReachRow[],
  level: RankingLevel,
  names: OfficeNames,
): RankingRow[] {
  const known = new Set(offices.map((o) => o.code));
  const extra = [...new Set([...targets, ...reach].map((r) => r.key))].filter((k) => !known.has(k));
  const all: (RankingOffice & { selectable: boolean })[] = [
    ...offices.map((o) => ({ ...o, selectable: true })),
    ...extra.map((code) => ({ code, name: officeName(code, level, names) ?? code, study: false, selectable: false })),
  ];
  return all.map((office) => {
    const t = targets.find((r) => r.key === office.code);
    const r = reach.find((x) => x.key === office.code);
    const sources = [...new Set([t?.source, r?.source].filter((s): s is string => !!s))];
    return {
      ...office,
      attainmentPct: t && t.status !== 'NO_DATA' ? t.attainmentPct : null,
      attainmentStatus: t?.status ?? null,
      registrations: r ? r.registrations : null,
      costPerRegistration: r?.costPerRegistration ?? null,
      source: sources.length === 0 ? null : sources.length === 1 ? sources[0] : 'MIXED',
    };
  });
}

const byName = (a: RankingRow, b: RankingRow) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function valueOf(row: RankingRow, column: RankingColumn): number | null {
  if (column === 'attainment') return row.attainmentPct;
  if (column === 'registrations') return row.registrations;
  if (column === 'costPerRegistration') return row.costPerRegistration;
  return null;
}

/** Rows in the order of the sort; rows without a value come last either way, ties by name (code point). */
export function sortRanking(rows: readonly RankingRow[], sort: RankingSort): RankingRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return sign * byName(a, b);
    const va = valueOf(a, sort.column);
    const vb = valueOf(b, sort.column);
    if (va === null || vb === null) return va === null && vb === null ? byName(a, b) : va === null ? 1 : -1;
    return va === vb ? byName(a, b) : sign * (va - vb);
  });
}
