import { EntitySchema } from '@mikro-orm/core';

/**
 * Each branch's membership per segment, program and year, as at the branch's latest month of
 * the year (the stock, its source) with the year's flows: what the yearly trends read instead
 * of every month (server/domains/membership/rollup.ts keeps it current inside each import's
 * transaction and says which questions it answers).
 */
export interface MembershipYearRollup {
  branchCode: string;
  segment: string;
  program: string;
  year: number;
  /** The branch's latest month of the year with a row of this segment and program (month index). */
  lastPeriodIndex: number;
  /** Active participants at that month. */
  activeParticipants: number;
  /** The source of that month's row. */
  source: string;
  /** Flows summed over the year's months (null when no month carries one). */
  newParticipants?: number | null;
  lapsedParticipants?: number | null;
  monthsWithNew: number;
  monthsWithLapsed: number;
  flowSourceMin?: string | null;
  flowSourceMax?: string | null;
}

export const MembershipYearRollupSchema = new EntitySchema<MembershipYearRollup>({
  name: 'MembershipYearRollup',
  tableName: 'membership_year_rollup',
  properties: {
    branchCode: { type: 'string', length: 32, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    program: { type: 'string', length: 8, primary: true },
    year: { type: 'integer', primary: true },
    lastPeriodIndex: { type: 'integer' },
    activeParticipants: { type: 'integer' },
    source: { type: 'string', length: 16 },
    newParticipants: { type: 'integer', nullable: true },
    lapsedParticipants: { type: 'integer', nullable: true },
    monthsWithNew: { type: 'integer' },
    monthsWithLapsed: { type: 'integer' },
    flowSourceMin: { type: 'string', length: 16, nullable: true },
    flowSourceMax: { type: 'string', length: 16, nullable: true },
  },
});
