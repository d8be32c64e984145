// The membership month rollup (table membership_month_rollup): per regional office, segment,
// program and month, the sums over the office's branches and how many branches stand behind
// them (reporting, carrying each flow, reporting the month before too). A monthly trend of the
// nation or an office is then a GROUP BY over a row per office and month instead of every
// branch's rows, and the coverage its points need (which branches report, whether the same
// ones as the month before, whether every one carries the flows) comes as counts from SQL:
// within one month each branch has one row per series, so those counts decide it exactly
// (query.ts). Read by the cube compiler whenever it can answer (the tests compare both paths on
// both databases); rebuilt month by month (rollup.ts).
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import type { Rollup } from '../../analytics/model.ts';
import type { RollupFill } from '../../analytics/rollup-refresh.ts';
import { reportedMonthBefore } from './row-facts.ts';

export const MONTH_TABLE = 'membership_month_rollup';

/**
 * How the table is filled from the months. Its groups are rebuilt a whole month at a time
 * (every office and series of it), so the refresh key is the month alone: an import's months
 * are few, and the month after each (whose continuing branches depend on it) comes along.
 */
export const monthFill = (d: SqlDialect): RollupFill => ({
  table: MONTH_TABLE,
  key: ['period_index'],
  columns: [
    'region_code', 'segment', 'program', 'year', 'month', 'active_participants', 'new_participants', 'lapsed_participants',
    'branches', 'branches_with_new', 'branches_with_lapsed', 'continuing_branches', 'source_min', 'source_max', 'flow_source_min', 'flow_source_max',
  ],
  // Each row with its branch's office joined (a subquery per row cost PostgreSQL a scan of the
  // branch table per row); parenthesised, so that a key table can be joined to it USING the key.
  source: '(membership_snapshot LEFT JOIN branch rb ON rb.code = membership_snapshot.branch_code)',
  // Columns qualified: the branch table has some of the same names. Grouped by position.
  select: (rows) => {
    const m = (column: string) => `membership_snapshot.${column}`;
    return `SELECT ${m('period_index')}, COALESCE(rb.region_code, ''), ${m('segment')}, ${m('program')}, MIN(${m('year')}), MIN(${m('month')}),
      SUM(${m('active_participants')}), SUM(${m('new_participants')}), SUM(${m('lapsed_participants')}),
      COUNT(*), SUM(CASE WHEN ${m('new_participants')} IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN ${m('lapsed_participants')} IS NULL THEN 0 ELSE 1 END),
      SUM(${reportedMonthBefore()}),
      MIN(${d.byteOrder(m('source'))}), MAX(${d.byteOrder(m('source'))}), MIN(${d.byteOrder(m('flow_source'))}), MAX(${d.byteOrder(m('flow_source'))})
    FROM ${rows} GROUP BY 1, 2, 3, 4`;
  },
});

/** The months whose groups rows of an import touch: their own, and the month after each. */
export const monthsOfImport = (importId: number) => ({
  keys: 'SELECT period_index FROM membership_snapshot WHERE import_id = ? UNION SELECT period_index + 1 AS period_index FROM membership_snapshot WHERE import_id = ?',
  bindings: [importId, importId],
});

/**
 * What the rollup answers for the membership cube: questions that neither name nor group by a
 * branch (a regional office is its `region`), flows, counts and the latest month in any
 * grouping by office, segment, program and time, and stocks (and the rows at the latest month:
 * reporting branches, their sources) when grouped by month, where every branch's value is the
 * month's own and the cube's stock is a plain sum.
 */
export const membershipMonthRollup: Rollup = {
  table: MONTH_TABLE,
  dimensions: ['region', 'segment', 'program', 'periodIndex', 'YEAR', 'QUARTER', 'MONTH'],
  dimensionSql: { region: { sql: 'region_code' } },
  requires: { measures: ['activeParticipants', 'reportingBranches', 'sourceMin', 'sourceMax'], oneOf: ['MONTH', 'periodIndex'] },
  measures: {
    activeParticipants: { kind: 'sum', sql: 'active_participants', type: 'integer' },
    newParticipants: { kind: 'sum', sql: 'new_participants', type: 'integer' },
    lapsedParticipants: { kind: 'sum', sql: 'lapsed_participants', type: 'integer' },
    asOfIndex: { kind: 'max', sql: 'period_index', type: 'integer' },
    reportingBranches: { kind: 'sum', sql: 'branches', type: 'integer' },
    sourceMin: { kind: 'min', sql: 'source_min', type: 'text' },
    sourceMax: { kind: 'max', sql: 'source_max', type: 'text' },
    flowSourceMin: { kind: 'min', sql: 'flow_source_min', type: 'text' },
    flowSourceMax: { kind: 'max', sql: 'flow_source_max', type: 'text' },
    monthsWithNew: { kind: 'sum', sql: 'branches_with_new', type: 'integer' },
    monthsWithLapsed: { kind: 'sum', sql: 'branches_with_lapsed', type: 'integer' },
    continuingBranches: { kind: 'sum', sql: 'continuing_branches', type: 'integer' },
  },
};
