// Membership snapshots as a cube: active participants are a stock (value at the end of each
// period, per branch, then summed across branches); new and lapsed participants are flows.
import { FIGURES } from '../../../common/vocabulary/measures.ts';
import { DIMENSIONS } from '../../../common/vocabulary/fields.ts';
import { type DescribedCube, internalFigure as internal } from '../../analytics/model.ts';
import { timeDimensions } from '../../analytics/time.ts';
import { NONE, PROGRAMS } from '../../../common/vocabulary/catalog.ts';
import { membershipMonthRollup } from './month-rollup.ts';
import { membershipYearRollup } from './rollup.ts';
import { nextReportedMonth, officeOf, reportsMonthAfter } from './row-facts.ts';

export const membershipCube = {
  table: 'membership_snapshot',
  time: 'period_index',
  stockPartition: ['branch_code'],
  measures: {
    activeParticipants: { kind: 'last', sql: 'active_participants', type: 'integer', meta: FIGURES.activeParticipants },
    newParticipants: { kind: 'sum', sql: 'new_participants', type: 'integer', meta: FIGURES.newParticipants },
    lapsedParticipants: { kind: 'sum', sql: 'lapsed_participants', type: 'integer', meta: FIGURES.lapsedParticipants },
    asOfIndex: { kind: 'max', sql: 'period_index', type: 'integer', meta: internal('Bulan terakhir (indeks)', 'Latest month (index)', 'monthIndex') },
    /**
     * The branches' latest months summed (each branch's latest month index in the group): with
     * the reporting branches, how many months the branches' spans cover (bucket-coverage.ts).
     */
    asOfTotal: { kind: 'last', sql: 'period_index', type: 'integer', meta: internal('Jumlah bulan terakhir kantor cabang (indeks)', "Sum of the branches' latest months (index)", 'integer') },
    /** Branches with a value in the group: one row per branch at its latest month. */
    reportingBranches: { kind: 'last', sql: '1', type: 'integer', meta: FIGURES.reportingBranches },
    // Where the stock came from (the rows at the latest month) and where the flows came from
    // (every month of the bucket: flows are summed over all of them). A study year-end has a
    // STUDY stock with SYNTHETIC flows.
    sourceMin: { kind: 'min', sql: 'source', type: 'text', atLast: true, meta: internal('Sumber (terkecil)', 'Source (smallest)', 'text') },
    sourceMax: { kind: 'max', sql: 'source', type: 'text', atLast: true, meta: internal('Sumber (terbesar)', 'Source (largest)', 'text') },
    flowSourceMin: { kind: 'min', sql: 'flow_source', type: 'text', meta: internal('Sumber peserta baru/nonaktif (terkecil)', 'Source of new/lapsed (smallest)', 'text') },
    flowSourceMax: { kind: 'max', sql: 'flow_source', type: 'text', meta: internal('Sumber peserta baru/nonaktif (terbesar)', 'Source of new/lapsed (largest)', 'text') },
    /** Rows whose branch reports the same series the month after: by month, the branches that do. */
    continuedBranches: {
      kind: 'sum', sql: `CASE WHEN ${reportsMonthAfter()} THEN 1 ELSE 0 END`, type: 'integer', meta: internal('Kantor cabang yang juga melapor bulan berikutnya', 'Branches that also report the month after', 'integer'),
    },
    /** Months (rows) that carry each flow, to tell a period's flows from a partial sum. */
    monthsWithNew: {
      kind: 'sum', sql: 'CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END', type: 'integer', meta: internal('Bulan dengan peserta baru', 'Months with new participants', 'integer'),
    },
    monthsWithLapsed: {
      kind: 'sum', sql: 'CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END', type: 'integer', meta: internal('Bulan dengan peserta nonaktif', 'Months with lapsed participants', 'integer'),
    },
  },
  dimensions: {
    branch: { sql: 'branch_code', title: DIMENSIONS.branch },
    // The branch's regional office as the branch table names it now ('' for none): a filter of
    // the office's questions that the month rollup answers; over the months it costs a lookup
    // per row, so the questions it cannot answer name the office's branches instead (query.ts).
    region: { sql: officeOf(), title: DIMENSIONS.region },
    segment: { sql: 'segment', title: DIMENSIONS.segment },
    // The next month the row's branch reported the series in (NO_NEXT_MONTH for none): grouped by
    // with the month, which branches of a month report again and when (bucket-coverage.ts).
    nextPeriodIndex: { sql: nextReportedMonth(), title: DIMENSIONS.periodIndex },
    program: { sql: 'program', title: DIMENSIONS.program },
    // YEAR, QUARTER and MONTH group by the columns of membership_stock_flow_idx (see the entity).
    ...timeDimensions({ index: 'period_index', year: 'year', month: 'month' }),
  },
  namedFilters: {
    /** Rows counting persons across programs (program ''), as the study's tables do. */
    persons: [{ member: 'program', op: 'equals', value: NONE }],
    /** Rows counting the enrolments of one program each. */
    enrolments: [{ member: 'program', op: 'in', values: [...PROGRAMS] }],
  },
  // The branches' years for whole years; else the offices' months when no branch is named or
  // grouped by. (Over whole years without a branch either answers: the years are as few rows
  // at national scale and fewer for a small set.)
  rollups: [membershipYearRollup, membershipMonthRollup],
} satisfies DescribedCube;
