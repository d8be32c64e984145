// The membership rollup (table membership_year_rollup): each branch's year per segment and
// program, as at its own latest month of the year, with the year's flows. A yearly trend over
// many branches is then one GROUP BY over a row per branch and year instead of the stock form's
// search for every branch's latest month among all its months. Read by the cube compiler for
// yearly questions over whole years (and the answers are the same: the tests compare both
// paths on both databases); kept current inside each import's transaction and after seeding.
import type { Knex } from 'knex';
import { dialectOfKnex } from '../../analytics/dialects/of.ts';
import type { Rollup } from '../../analytics/model.ts';

const KEY = 'branch_code, segment, program, year';
const COLUMNS = `${KEY}, last_period_index, active_participants, source, new_participants, lapsed_participants, months_with_new, months_with_lapsed, flow_source_min, flow_source_max`;

/**
 * Rebuilds the groups that rows of `importId` belong to (its rows carry its id, and the key is
 * made of the snapshots' natural key), one branch's groups (a seed), or all. Run inside the
 * writer's transaction.
 */
export async function refreshMembershipRollup(trx: Knex | Knex.Transaction, scope: { importId: number } | { branch: string } | 'all'): Promise<void> {
  const d = dialectOfKnex(trx);
  const [where, bindings]: [string, (string | number)[]] =
    scope === 'all' ? ['', []]
    : 'branch' in scope ? [' WHERE branch_code = ?', [scope.branch]]
    : [` WHERE (${KEY}) IN (SELECT ${KEY} FROM membership_snapshot WHERE import_id = ?)`, [scope.importId]];
  await trx.raw(`DELETE FROM membership_year_rollup${where}`, bindings);
  // The year's latest month per group, then that month's row (one: the natural key).
  await trx.raw(
    `INSERT INTO membership_year_rollup (${COLUMNS})
     SELECT g.branch_code, g.segment, g.program, g.year, g.last, m.active_participants, m.source, g.new, g.lapsed, g.months_new, g.months_lapsed, g.flow_min, g.flow_max
     FROM (SELECT ${KEY}, MAX(period_index) AS last, SUM(new_participants) AS new, SUM(lapsed_participants) AS lapsed,
             SUM(CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END) AS months_new, SUM(CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END) AS months_lapsed,
             MIN(${d.byteOrder('flow_source')}) AS flow_min, MAX(${d.byteOrder('flow_source')}) AS flow_max
           FROM membership_snapshot${where} GROUP BY ${KEY}) g
     JOIN membership_snapshot m ON m.branch_code = g.branch_code AND m.segment = g.segment AND m.program = g.program AND m.period_index = g.last`,
    bindings,
  );
}

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
