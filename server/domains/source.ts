// The DataSource of an aggregate from the smallest and largest source among its rows.
export type AggregateSource = 'STUDY' | 'SYNTHETIC' | 'IMPORTED' | 'MIXED';

export function combinedSource(min: unknown, max: unknown): AggregateSource {
  if (min && min === max) return min as AggregateSource;
  return min || max ? 'MIXED' : 'SYNTHETIC';
}

/** Turns an optional key part stored as '' (see NONE in the catalog) back into null. */
export const orNull = (value: unknown): string | null => (value === '' || value === null || value === undefined ? null : String(value));
