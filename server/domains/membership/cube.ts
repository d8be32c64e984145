// Membership snapshots as a cube: active participants are a stock (value at the end of each
// period, per branch, then summed across branches); new and lapsed participants are flows.
import { quarterOf } from '../../analytics/dialects/dialect.ts';
import type { Cube } from '../../analytics/model.ts';

export const membershipCube: Cube = {
  table: 'membership_snapshot',
  time: 'period_index',
  stockPartition: ['branch_code'],
  measures: {
    activeParticipants: { kind: 'last', sql: 'active_participants', type: 'integer' },
    newParticipants: { kind: 'sum', sql: 'new_participants', type: 'integer' },
    lapsedParticipants: { kind: 'sum', sql: 'lapsed_participants', type: 'integer' },
    asOfIndex: { kind: 'max', sql: 'period_index', type: 'integer' },
    /** Branches with a value in the group: one row per branch at its latest month. */
    reportingBranches: { kind: 'last', sql: '1', type: 'integer' },
    // Where the stock came from (the rows at the latest month) and where the flows came from
    // (every month of the bucket: flows are summed over all of them). A study year-end has a
    // STUDY stock with SYNTHETIC flows.
    sourceMin: { kind: 'min', sql: 'source', type: 'text', atLast: true },
    sourceMax: { kind: 'max', sql: 'source', type: 'text', atLast: true },
    flowSourceMin: { kind: 'min', sql: 'flow_source', type: 'text' },
    flowSourceMax: { kind: 'max', sql: 'flow_source', type: 'text' },
    /** Months (rows) that carry each flow, to tell a period's flows from a partial sum. */
    monthsWithNew: { kind: 'sum', sql: 'CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END', type: 'integer' },
    monthsWithLapsed: { kind: 'sum', sql: 'CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END', type: 'integer' },
  },
  dimensions: {
    branch: { sql: 'branch_code' },
    segment: { sql: 'segment' },
    program: { sql: 'program' },
    periodIndex: { sql: 'period_index' },
    // Labels are grouped by the columns they are made of, which membership_stock_flow_idx orders
    // (see the entity); a month is one time point (period_index = year*12 + month-1).
    YEAR: { sql: (d) => d.yearLabel('year'), groupBy: ['year'] },
    QUARTER: { sql: (d) => d.quarterLabel('year', 'month'), groupBy: ['year', quarterOf('month')] },
    MONTH: { sql: (d) => d.monthLabel('year', 'month'), groupBy: ['year', 'month'], pinsTime: true },
  },
};
