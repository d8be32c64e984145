// Where figures come from: the DataSource of an aggregate row from the smallest and largest
// source among the stored rows it sums (combinedSource), and the one source of everything a
// chart shows (commonSource).
import type { DataSource } from '../../common/vocabulary/schema-enums.ts';

/** The schema's DataSource, MIXED included (an aggregate row can combine sources). */
export type AggregateSource = DataSource;

export function combinedSource(min: unknown, max: unknown): AggregateSource {
  if (min && min === max) return min as AggregateSource;
  return min || max ? 'MIXED' : 'SYNTHETIC';
}

/** The source of several sources: the common one, MIXED when they differ, null when there is none. */
export function commonSource(sources: Iterable<string | null | undefined>): string | null {
  let out: string | null = null;
  for (const s of sources) {
    if (!s) continue;
    if (out === null) out = s;
    else if (out !== s) return 'MIXED';
  }
  return out;
}

/** Turns an optional key part stored as '' (see NONE in the catalog) back into null. */
export const orNull = (value: unknown): string | null => (value === '' || value === null || value === undefined ? null : String(value));
