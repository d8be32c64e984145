import { EntitySchema } from '@mikro-orm/core';

/** The months of a year, 1–12: one column of the stock and one of the flow per month. */
export const REALISATION_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * Each branch's membership per segment, program and year with its months side by side: the
 * active participants and the new participants of every month as columns (null where the month
 * has no row, or its row no flow). What the targets' realisation and run-rate projection read:
 * one row per target key and year instead of a row per month, so the nation's targets read
 * about 1,200 rows instead of 12,000 (server/domains/targets/realisation-rollup.ts keeps it
 * current inside each membership import's transaction and says which questions it answers).
 */
export interface TargetRealisationRollup {
  branchCode: string;
  segment: string;
  program: string;
  year: number;
  [month: `active${number}` | `new${number}`]: number | null | undefined;
}

const monthColumns = Object.fromEntries(
  REALISATION_MONTHS.flatMap((m) => [
    [`active${m}`, { type: 'integer', fieldName: `active_${m}`, nullable: true }],
    [`new${m}`, { type: 'integer', fieldName: `new_${m}`, nullable: true }],
  ]),
);

export const TargetRealisationRollupSchema = new EntitySchema<TargetRealisationRollup>({
  name: 'TargetRealisationRollup',
  tableName: 'target_realisation_rollup',
  properties: {
    // The year leads: every targets question is of one year (the nation's reads one range, a
    // branch's or an office's a range per branch within it).
    year: { type: 'integer', primary: true },
    branchCode: { type: 'string', length: 32, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    program: { type: 'string', length: 8, primary: true },
    ...monthColumns,
  } as never,
});
