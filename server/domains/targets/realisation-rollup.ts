// The targets' realisation rollup (table target_realisation_rollup): each branch's membership
// per segment, program and year with the active and new participants of every month in a column
// of their own. The realisation and run-rate projection of a target key need the key's months
// of the year (targets/realisation.ts): read from the facts, the nation's running year is
// 12,000 monthly rows; read here it is one row per key, about 1,200. Read by the cube compiler
// whenever it can answer (the realisation cube in cube.ts; the tests compare both paths on both
// databases), kept current by refreshTargetRealisation inside each membership import's
// transaction and after seeding, beside the membership rollups (membership/rollup.ts calls it).
import type { Knex } from 'knex';
import type { Rollup } from '../../analytics/model.ts';
import { importKeys, refreshRollup, type RollupFill } from '../../analytics/rollup-refresh.ts';
import { REALISATION_MONTHS } from '../../db/entities/target-realisation-rollup.ts';

export { REALISATION_MONTHS };
export type RealisationMonth = (typeof REALISATION_MONTHS)[number];

const TABLE = 'target_realisation_rollup';

/** The rollup's key, as the membership months name it (their natural key without the month). */
const KEY = ['branch_code', 'segment', 'program', 'year'];

/** The figures of the realisation, per month: the measure's name, the rollup's column, the months' column. */
export const MONTHLY_FIGURES = {
  active: { column: 'active', facts: 'active_participants' },
  new: { column: 'new', facts: 'new_participants' },
} as const;
export type MonthlyFigure = keyof typeof MONTHLY_FIGURES;

/** The measure of one figure in one month (`active3`: active participants in March). */
export const monthMeasure = (figure: MonthlyFigure, month: RealisationMonth) => `${figure}${month}`;

/**
 * One figure of one month over the membership months: its value in the rows of that month, null
 * in the others. Summed within a key and year it is the month's value (one row per month, the
 * natural key), and null when the month has no row or its row no flow.
 */
export const monthValueOfFacts = (figure: MonthlyFigure, month: RealisationMonth) => `CASE WHEN month = ${month} THEN ${MONTHLY_FIGURES[figure].facts} END`;

const rollupColumn = (figure: MonthlyFigure, month: RealisationMonth) => `${MONTHLY_FIGURES[figure].column}_${month}`;

const FIGURES = Object.keys(MONTHLY_FIGURES) as MonthlyFigure[];
const CELLS = REALISATION_MONTHS.flatMap((month) => FIGURES.map((figure) => ({ figure, month })));

/** How the table is filled from the months: a GROUP BY of the key, a column per figure and month. */
const fill: RollupFill = {
  table: TABLE,
  key: KEY,
  columns: CELLS.map(({ figure, month }) => rollupColumn(figure, month)),
  source: 'membership_snapshot',
  select: (rows) =>
    `SELECT ${KEY.join(', ')}, ${CELLS.map(({ figure, month }) => `SUM(${monthValueOfFacts(figure, month)})`).join(', ')} FROM ${rows} GROUP BY ${KEY.join(', ')}`,
};

/**
 * Which groups to rebuild, inside the writer's transaction: those that rows of an import belong
 * to (its new and changed rows carry its id), one branch's years, or all.
 */
export type RealisationRollupScope = { importId: number } | { branch: string } | 'all';

export async function refreshTargetRealisation(trx: Knex | Knex.Transaction, scope: RealisationRollupScope): Promise<void> {
  if (scope === 'all') return refreshRollup(trx, fill, 'all');
  if ('branch' in scope) return refreshRollup(trx, fill, { where: 'branch_code = ?', bindings: [scope.branch] });
  return refreshRollup(trx, fill, importKeys('membership_snapshot', KEY, scope.importId));
}

/** What the rollup answers for the realisation cube: any of its queries (its groups are the cube's finest). */
export const targetRealisationRollup: Rollup = {
  table: TABLE,
  dimensions: ['branch', 'segment', 'program', 'year'],
  measures: Object.fromEntries(CELLS.map(({ figure, month }) => [monthMeasure(figure, month), { kind: 'sum', sql: rollupColumn(figure, month), type: 'integer' }])),
};
