import { BigIntType, EntitySchema } from '@mikro-orm/core';

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

/**
 * Membership per regional office, segment, program and month, summed over the office's
 * branches (as the branch table names them when the rollup was refreshed; `''` for a branch
 * without an office), with how many branches each sum stands on: what the monthly trends of the
 * nation and of an office read instead of every branch's months (server/domains/membership/
 * month-rollup.ts keeps it current and says which questions it answers).
 */
export interface MembershipMonthRollup {
  regionCode: string;
  segment: string;
  program: string;
  periodIndex: number;
  /**
   * The next month (index) the branches of this row reported the segment and program in
   * (NO_NEXT_MONTH of membership/row-facts.ts for none): rows are split by it, so that the
   * branches whose latest month of a longer period is this one are told by a comparison.
   */
  nextPeriodIndex: number;
  year: number;
  month: number;
  /** Sums over the branches with a row in the month. */
  activeParticipants: number;
  newParticipants?: number | null;
  lapsedParticipants?: number | null;
  /** Branches with a row (the month's reporting branches), and those of them whose row carries each flow. */
  branches: number;
  branchesWithNew: number;
  branchesWithLapsed: number;
  sourceMin: string;
  sourceMax: string;
  flowSourceMin?: string | null;
  flowSourceMax?: string | null;
}

// Sums over ~150 branches (ten times that at the stress scale): past 32 bits in time.
const sum = () => ({ type: new BigIntType('number') });

export const MembershipMonthRollupSchema = new EntitySchema<MembershipMonthRollup>({
  name: 'MembershipMonthRollup',
  tableName: 'membership_month_rollup',
  properties: {
    // An office's questions read its own range; the nation's read every row anyway.
    regionCode: { type: 'string', length: 32, primary: true },
    segment: { type: 'string', length: 8, primary: true },
    program: { type: 'string', length: 8, primary: true },
    periodIndex: { type: 'integer', primary: true },
    nextPeriodIndex: { type: 'integer', primary: true },
    year: { type: 'integer' },
    month: { type: 'integer' },
    activeParticipants: sum(),
    newParticipants: { ...sum(), nullable: true },
    lapsedParticipants: { ...sum(), nullable: true },
    branches: { type: 'integer' },
    branchesWithNew: { type: 'integer' },
    branchesWithLapsed: { type: 'integer' },
    sourceMin: { type: 'string', length: 16 },
    sourceMax: { type: 'string', length: 16 },
    flowSourceMin: { type: 'string', length: 16, nullable: true },
    flowSourceMax: { type: 'string', length: 16, nullable: true },
  },
});
