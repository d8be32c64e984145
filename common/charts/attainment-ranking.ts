// Which rows a target-attainment chart draws when it has more than fit readably (the national
// scope by branch: 147 rows on a few hundred pixels drew bars 3 px apart). Then the chart is a
// ranking: the groups furthest ahead and furthest behind by attainment, each with its rank,
// and one summary line for those between (how many, their range, and those with no data yet);
// the chart's table and CSV keep every row. With room for all, every row in the caller's order.
import type { AttainmentRow } from './types.ts';
import { hasNoData, measuredTarget } from './target-attainment-words.ts';
import { finite } from './text.ts';

export interface ShownAttainmentRow {
  row: AttainmentRow;
  /** Rank by attainment among the rows that have one (1 = furthest ahead); null when every row is drawn. */
  rank: number | null;
}

/** The rows left out of a ranked chart, said in one line between the leaders and the laggards. */
export interface AttainmentGap {
  /** Index in `shown` before which the summary line goes. */
  at: number;
  /** Ranked rows between the two ends. */
  hidden: number;
  /** Lowest and highest attainment (%) of those; null when none is hidden. */
  low: number | null;
  high: number | null;
  /** Rows without an attainment (no data yet, or a zero target): never ranked. */
  unranked: number;
  /** Every row of the data. */
  total: number;
  /** Rows drawn at each end. */
  each: number;
}

export interface AttainmentSelection {
  shown: ShownAttainmentRow[];
  gap: AttainmentGap | null;
}

/** Attainment in percent, or null when it means nothing (a zero target, or no data yet). */
export function attainmentOf(row: AttainmentRow): number | null {
  return measuredTarget(row) > 0 && !hasNoData(row) ? finite(row.attainmentPct) : null;
}

/**
 * The rows to draw with room for `capacity` rows: all of them when they fit, else the ranking's
 * two ends (half of the room each, less the summary line's) around an AttainmentGap.
 */
export function selectAttainmentRows(rows: readonly AttainmentRow[], capacity: number): AttainmentSelection {
  if (rows.length <= Math.max(1, capacity)) return { shown: rows.map((row) => ({ row, rank: null })), gap: null };
  // Highest first; equal attainments by key, so the same data always draw the same chart.
  const ranked = rows
    .filter((r) => attainmentOf(r) !== null)
    .sort((a, b) => attainmentOf(b)! - attainmentOf(a)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const unranked = rows.length - ranked.length;
  const each = Math.max(1, Math.floor((Math.max(1, capacity) - 1) / 2));
  const withRank = (row: AttainmentRow, i: number): ShownAttainmentRow => ({ row, rank: i + 1 });
  if (ranked.length <= 2 * each) {
    return { shown: ranked.map(withRank), gap: { at: ranked.length, hidden: 0, low: null, high: null, unranked, total: rows.length, each } };
  }
  const top = ranked.slice(0, each).map(withRank);
  const bottom = ranked.slice(ranked.length - each).map((row, i) => withRank(row, ranked.length - each + i));
  const middle = ranked.slice(each, ranked.length - each).map((r) => attainmentOf(r)!);
  return {
    shown: [...top, ...bottom],
    gap: { at: each, hidden: middle.length, low: middle.reduce((a, b) => Math.min(a, b)), high: middle.reduce((a, b) => Math.max(a, b)), unranked, total: rows.length, each },
  };
}
