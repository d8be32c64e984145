// The cells a row check reads, parsed, also for a row rejected for another cell: so that every
// problem of a row is listed at once (see KindSpec.rowChecks).
import type { KindSpec } from './kinds.ts';

/**
 * The parsed values of some columns of a rejected row, for the row checks; undefined when one
 * of them is missing or is itself at fault (already reported).
 */
export function cellsOf(
  spec: KindSpec, columns: readonly string[], raw: Record<string, string>, flagged: ReadonlySet<string>, missing: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  if (columns.some((c) => flagged.has(c) || missing.has(c))) return undefined;
  const shape = (spec.schema as unknown as { shape: Record<string, { safeParse(v: string): { success: boolean; data?: unknown } }> }).shape;
  const values: Record<string, unknown> = {};
  for (const c of columns) {
    const parsed = shape[c].safeParse(raw[c]);
    if (!parsed.success) return undefined;
    values[c] = parsed.data;
  }
  return values;
}
