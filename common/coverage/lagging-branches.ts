// The branches whose data lag behind, to name in a notice: the dashboard's above its panels and
// the printed report's warning say the same few names and count the rest, so that the nation's
// notice is a line, not a wall of 147 names.
import { officeLabel, type OfficeNames } from '../charts/office-names.ts';

/** At most this many lagging branches are named; the rest are counted. */
export const MAX_NAMED_BRANCHES = 8;

/**
 * The lagging branches to name: none when the latest month itself is stale (then every branch
 * lags, and the notice says so already), else the first few and how many more. With `names`,
 * each by its name (its code where the directory has none, or has not loaded yet).
 */
export function laggingBranches(codes: readonly string[], latestIsStale: boolean, names?: OfficeNames): { shown: string[]; more: number } {
  if (latestIsStale) return { shown: [], more: 0 };
  const shown = codes.slice(0, MAX_NAMED_BRANCHES);
  return { shown: names ? shown.map((code) => officeLabel(code, 'BRANCH', names)) : shown, more: Math.max(0, codes.length - MAX_NAMED_BRANCHES) };
}

