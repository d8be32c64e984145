// The membership month rollup (table membership_month_rollup): per regional office, segment,
// program and month, the sums over the office's branches and how many branches stand behind
// them (reporting, carrying each flow). A monthly trend of the
// nation or an office is then a GROUP BY over a row per office and month instead of every
// branch's rows, and the coverage its points need (which branches report, whether the same
// ones as the month before, whether every one carries the flows) comes as counts from SQL:
// within one month each branch has one row per series, so those counts decide it exactly
// (query.ts). Its rows are keyed also by the next month each branch reported the series in
// (NO_NEXT_MONTH for none), so that the branches whose latest month of a quarter or a year (or a
// window's part of one) is a given row's are those whose next month lies past its end: stocks,
// reporting branches and their months over any period are sums too, and so are the counts that
// decide a quarter's or a year's coverage (bucket-coverage.ts). Read by the cube compiler
// whenever it can answer (the tests compare both paths on both databases); rebuilt month by
// month (rollup.ts).
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import type { Rollup } from '../../analytics/model.ts';
import type { RollupFill } from '../../analytics/rollup-refresh.ts';
import { NO_NEXT_MONTH, nextReportedMonth } from './row-facts.ts';

export const MONTH_TABLE = 'membership_month_rollup';

/**
 * How the table is filled from the months. Its groups are rebuilt a month and office at a time
 * (every series of it): an import's rows name few of them, and the month of each one's previous
 * row (whose next month it may be) comes along (groupsOfImport).
 */
export const monthFill = (d: SqlDialect): RollupFill => ({
  table: MONTH_TABLE,
  key: ['period_index', 'region_code'],
  columns: [
    'segment', 'program', 'next_period_index', 'year', 'month', 'active_participants', 'new_participants', 'lapsed_participants',
    'branches', 'branches_with_new', 'branches_with_lapsed', 'source_min', 'source_max', 'flow_source_min', 'flow_source_max',
  ],
  // Each row with its branch's office joined (a subquery per row cost PostgreSQL a scan of the
  // branch table per row), under the table's own name, so that a condition on the groups' month
  // and office reads alike over the rollup and over its source (groupsIn).
  source: `(SELECT ms.*, COALESCE(rb.region_code, '') AS region_code FROM membership_snapshot ms LEFT JOIN branch rb ON rb.code = ms.branch_code) membership_snapshot`,
  // Grouped by position.
  select: (rows) => `SELECT period_index, region_code, segment, program, ${nextReportedMonth()}, MIN(year), MIN(month),
      SUM(active_participants), SUM(new_participants), SUM(lapsed_participants),
      COUNT(*), SUM(CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END),
      MIN(${d.byteOrder('source')}), MAX(${d.byteOrder('source')}), MIN(${d.byteOrder('flow_source')}), MAX(${d.byteOrder('flow_source')})
    FROM ${rows} GROUP BY 1, 2, 3, 4, 5`,
});

/**
 * The groups rows of an import touch, as (month, office) pairs, in its branch's office: each
 * row's month, and the month of its branch's previous row of the series, whose next month it may
 * be now. That is the month before, or for a row after a gap the month of a row of the table
 * (as it stands before the refresh) whose next month lies beyond the row's: those rows are few
 * (a series' last month, and the months before a gap), so they are looked up from the table
 * rather than a row before each imported row: for each, the office's branches' rows of its series
 * after it, through the months' index (CROSS JOIN keeps SQLite from reading every row of the
 * program, or the import's, for each).
 */
export const groupsOfImport = (importId: number) => {
  const rows = `FROM membership_snapshot ms LEFT JOIN branch rb ON rb.code = ms.branch_code WHERE ms.import_id = ?`;
  const office = `COALESCE(rb.region_code, '')`;
  const imported =
    `SELECT 1 FROM branch b CROSS JOIN membership_snapshot r WHERE r.branch_code = b.code AND COALESCE(b.region_code, '') = g.region_code ` +
    `AND r.program = g.program AND r.segment = g.segment AND r.year >= g.period_index / 12 ` +
    `AND r.period_index > g.period_index AND r.period_index < g.next_period_index AND r.import_id + 0 = ?`;
  return {
    keys:
      `SELECT ms.period_index AS period_index, ${office} AS region_code ${rows} UNION SELECT ms.period_index - 1, ${office} ${rows} ` +
      `UNION SELECT g.period_index, g.region_code FROM ${MONTH_TABLE} g WHERE g.next_period_index > g.period_index + 1 AND EXISTS (${imported})`,
    bindings: [importId, importId, importId],
  };
};

/**
 * The condition on the groups of a table of (month, office) pairs, over the rollup and over its
 * source alike. No index of the months leads with the month, so a key table joined first would
 * have the months scanned once per key: one pass with the pairs as a filter instead, grouping
 * only the rows it keeps.
 */
export const groupsIn = (keyTable: string) => `(period_index, region_code) IN (SELECT period_index, region_code FROM ${keyTable})`;

/**
 * What the rollup answers for the membership cube: questions that neither name nor group by a
 * branch (a regional office is its `region`), flows, counts and the latest month in any
 * grouping by office, segment, program and time, and stocks (and the rows at the latest month:
 * reporting branches, their months and sources) when grouped by month, where every branch's
 * value is the month's own and the cube's stock is a plain sum, or per series over quarters,
 * years or a whole window (latestBy).
 */
export const membershipMonthRollup: Rollup = {
  table: MONTH_TABLE,
  dimensions: ['region', 'segment', 'program', 'periodIndex', 'nextPeriodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  dimensionSql: { region: { sql: 'region_code' }, nextPeriodIndex: { sql: 'next_period_index' } },
  // Stocks by month are plain sums; over longer periods, per series (a branch's next month is
  // its series' own), the rows whose next month lies past the period's end.
  requires: { measures: ['activeParticipants', 'reportingBranches', 'sourceMin', 'sourceMax', 'asOfTotal'], oneOf: ['MONTH', 'periodIndex'] },
  latestBy: { next: 'next_period_index', none: NO_NEXT_MONTH, series: ['segment', 'program'] },
  measures: {
    activeParticipants: { kind: 'sum', sql: 'active_participants', type: 'integer', atLast: true },
    newParticipants: { kind: 'sum', sql: 'new_participants', type: 'integer' },
    lapsedParticipants: { kind: 'sum', sql: 'lapsed_participants', type: 'integer' },
    asOfIndex: { kind: 'max', sql: 'period_index', type: 'integer' },
    asOfTotal: { kind: 'sum', sql: 'period_index * branches', type: 'integer', atLast: true },
    reportingBranches: { kind: 'sum', sql: 'branches', type: 'integer', atLast: true },
    sourceMin: { kind: 'min', sql: 'source_min', type: 'text', atLast: true },
    sourceMax: { kind: 'max', sql: 'source_max', type: 'text', atLast: true },
    flowSourceMin: { kind: 'min', sql: 'flow_source_min', type: 'text' },
    flowSourceMax: { kind: 'max', sql: 'flow_source_max', type: 'text' },
    continuedBranches: { kind: 'sum', sql: 'CASE WHEN next_period_index = period_index + 1 THEN branches ELSE 0 END', type: 'integer' },
    monthsWithNew: { kind: 'sum', sql: 'branches_with_new', type: 'integer' },
    monthsWithLapsed: { kind: 'sum', sql: 'branches_with_lapsed', type: 'integer' },
  },
};
