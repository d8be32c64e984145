// The membership rollups, kept current inside each import's transaction and after seeding
// (refreshMembershipRollup: one DELETE + INSERT per table over the groups in scope,
// analytics/rollup-refresh.ts). This file also holds the yearly one (membership_year_rollup):
// each branch's year per segment and program, as at its own latest month of the year, with the
// year's flows. A yearly trend over many branches is then one GROUP BY over a row per branch
// and year instead of the stock form's search for every branch's latest month among all its
// months. Read by the cube compiler for yearly questions over whole years (and the answers are
// the same: the tests compare both paths on both databases). The monthly one, per office, is
// month-rollup.ts.
import type { Knex } from 'knex';
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import { dialectOfKnex } from '../../analytics/dialects/of.ts';
import type { Rollup } from '../../analytics/model.ts';
import { importHoldsMost, importKeys, refreshRollup, type RollupFill, withKeyTable } from '../../analytics/rollup-refresh.ts';
import { groupsIn, groupsOfImport, MONTH_TABLE, monthFill } from './month-rollup.ts';
import { refreshTargetRealisation } from '../targets/realisation-rollup.ts';

const YEAR_KEY = ['branch_code', 'segment', 'program', 'year'];

/** How the yearly table is filled: the year's latest month per group, then that month's row (one: the natural key). */
const yearFill = (d: SqlDialect): RollupFill => ({
  table: 'membership_year_rollup',
  key: YEAR_KEY,
  columns: ['last_period_index', 'active_participants', 'source', 'new_participants', 'lapsed_participants', 'months_with_new', 'months_with_lapsed', 'flow_source_min', 'flow_source_max'],
  source: 'membership_snapshot',
  select: (rows) => `SELECT g.branch_code, g.segment, g.program, g.year, g.last, m.active_participants, m.source, g.new, g.lapsed, g.months_new, g.months_lapsed, g.flow_min, g.flow_max
     FROM (SELECT ${YEAR_KEY.join(', ')}, MAX(period_index) AS last, SUM(new_participants) AS new, SUM(lapsed_participants) AS lapsed,
             SUM(CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END) AS months_new, SUM(CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END) AS months_lapsed,
             MIN(${d.byteOrder('flow_source')}) AS flow_min, MAX(${d.byteOrder('flow_source')}) AS flow_max
           FROM ${rows} GROUP BY ${YEAR_KEY.join(', ')}) g
     JOIN membership_snapshot m ON m.branch_code = g.branch_code AND m.segment = g.segment AND m.program = g.program AND m.period_index = g.last`,
});

/**
 * Which groups to rebuild, inside the writer's transaction:
 * - `{ importId }`: those that rows of the import belong to (its new and changed rows carry its
 *   id; the yearly key is made of the snapshots' natural key, and the month table's groups
 *   are those of its rows' months and the month after each, in each row's office); or every
 *   group, as `'all'`, when the import's rows outnumber those stored before it;
 * - `{ branch }`: one branch's years and the whole month table (whose groups span branches; a
 *   month whose rows were deleted leaves no row to find it by), after writing a branch's rows
 *   another way;
 * - `{ branchYears }`: one branch's years alone (a seed, branch by branch, which refreshes
 *   `'months'` once every branch is in);
 * - `'months'`: the month table alone (also after a branch moved to another office, since its
 *   groups are per office);
 * - `'all'`: both tables.
 */
export type MembershipRollupScope = { importId: number } | { branch: string } | { branchYears: string } | 'months' | 'all';

export async function refreshMembershipRollup(trx: Knex | Knex.Transaction, requested: MembershipRollupScope): Promise<void> {
  const scope = typeof requested === 'object' && 'importId' in requested && (await holdsMostSnapshots(trx, requested.importId)) ? 'all' : requested;
  // The targets' months of each branch's years (targets/realisation-rollup.ts) have the yearly key.
  if (scope !== 'months') await refreshTargetRealisation(trx, scope === 'all' ? 'all' : 'importId' in scope ? scope : { branch: 'branch' in scope ? scope.branch : scope.branchYears });
  const d = dialectOfKnex(trx);
  const branchYears = (code: string) => refreshRollup(trx, yearFill(d), { where: 'branch_code = ?', bindings: [code] });
  if (scope === 'months') return refreshRollup(trx, monthFill(d), 'all');
  if (scope === 'all') {
    await refreshRollup(trx, yearFill(d), 'all');
    await refreshRollup(trx, monthFill(d), 'all');
    return;
  }
  if ('branchYears' in scope) return branchYears(scope.branchYears);
  if ('branch' in scope) {
    await branchYears(scope.branch);
    await refreshRollup(trx, monthFill(d), 'all');
    return;
  }
  await refreshRollup(trx, yearFill(d), importKeys('membership_snapshot', YEAR_KEY, scope.importId));
  await withKeyTable(trx, 'membership_month_refresh_keys', groupsOfImport(scope.importId), (groups) => refreshRollup(trx, monthFill(d), { where: groupsIn(groups) }));
}

/**
 * Whether the import brings more rows than were stored before it (importHoldsMost), counted by
 * the month table (not yet refreshed: its branches are the rows before the import, each counted
 * once, its corrected rows as well). Rebuilding whole also spares the month table's search for
 * each row's previous month.
 */
const holdsMostSnapshots = (trx: Knex | Knex.Transaction, importId: number) =>
  importHoldsMost(trx, 'membership_snapshot', importId, `SELECT COALESCE(SUM(branches), 0) AS n FROM ${MONTH_TABLE}`);

/**
 * What the rollup answers for the membership cube: over whole years (or all data), flows and
 * the latest month in any grouping, and stocks grouped by segment, program and YEAR (and
 * perhaps branch). Each row is a branch's year of one series, so its
 * stock is the series' latest month; the cube takes a stock at the latest month of each group
 * and branch, which is the same only when the group holds one series: grouped by YEAR alone, a
 * branch whose one series reports a later month counts that month's rows only.
 */
export const membershipYearRollup: Rollup = {
  table: 'membership_year_rollup',
  dimensions: ['branch', 'segment', 'program', 'periodIndex', 'YEAR'],
  // Stocks (and the rows at the latest month: how many branches, their sources) only per series
  // and year; flows, their months and the latest month in any grouping.
  requires: { measures: ['activeParticipants', 'reportingBranches', 'sourceMin', 'sourceMax'], dimensions: ['segment', 'program', 'YEAR'] },
  grain: 'year',
  // A year's first month: a filter from a January to a December holds exactly its years.
  dimensionSql: { periodIndex: { sql: 'year * 12' } },
  measures: {
    activeParticipants: { kind: 'sum', sql: 'active_participants', type: 'integer' },
    newParticipants: { kind: 'sum', sql: 'new_participants', type: 'integer' },
    lapsedParticipants: { kind: 'sum', sql: 'lapsed_participants', type: 'integer' },
    asOfIndex: { kind: 'max', sql: 'last_period_index', type: 'integer' },
    reportingBranches: { kind: 'count' },
    sourceMin: { kind: 'min', sql: 'source', type: 'text' },
    sourceMax: { kind: 'max', sql: 'source', type: 'text' },
    flowSourceMin: { kind: 'min', sql: 'flow_source_min', type: 'text' },
    flowSourceMax: { kind: 'max', sql: 'flow_source_max', type: 'text' },
    monthsWithNew: { kind: 'sum', sql: 'months_with_new', type: 'integer' },
    monthsWithLapsed: { kind: 'sum', sql: 'months_with_lapsed', type: 'integer' },
  },
};
