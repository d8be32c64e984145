// The terms of the statistics' second moments (effectiveness/statistics.ts), written once: the
// campaign cube sums them over activities, and the rollups keep each one's sum per group
// (rollup.ts, columns named after `column`). Products of cost and reach pass 2^53 in total at
// national scale (cost² reaches 1.6e15 on one row, over 3 M rows), so they are summed exactly as
// wide integers and rounded once: a float sum would differ in the last bits between SQLite and
// PostgreSQL.
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';

export interface MomentTerm {
  /** The term of one activity (wide: products do not overflow, see SqlDialect.wide). */
  sql: (d: SqlDialect) => string;
  /** The rollups' column prefix: `<column>_high`, `<column>_low`, `<column>_over`. */
  column: string;
}

export const WIDE_MOMENTS = {
  costSquared: { sql: (d) => `${d.wide('cost_idr')} * cost_idr`, column: 'cost_sq' },
  costTimesRegistrations: { sql: (d) => `${d.wide('cost_idr')} * registrations`, column: 'cost_reg' },
  reachSquared: { sql: (d) => `${d.wide('reach')} * reach`, column: 'reach_sq' },
  reachTimesRegistrations: { sql: (d) => `${d.wide('reach')} * registrations`, column: 'reach_reg' },
} satisfies Record<string, MomentTerm>;

/** Registrations² stay below 2^62 per activity (registrations are 32-bit counts) and sum as integers. */
export const registrationsSquaredTerm = (d: SqlDialect): string => `${d.integer('registrations')} * registrations`;
