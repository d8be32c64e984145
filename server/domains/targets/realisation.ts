// The monthly series behind each target key of a branch (branch, program, segment), read in
// SQL from the realisation cube (cube.ts): one row per key with its months in columns, from the
// realisation rollup whenever it answers. A stock (active participants) also gets the key's
// December of the year before, the start of its run rate, when that is stored.
import type { Database } from '../../db/orm.ts';
import type { TargetMetric } from '../../../common/vocabulary/catalog.ts';
import { runQuery, type Row } from '../../analytics/run.ts';
import { type BranchScope, scopeFilters } from '../branches/scope.ts';
import { realisationCube } from './cube.ts';
import { branchKey } from './monthly.ts';
import type { MonthValue } from './projection.ts';
import { type MonthlyFigure, monthMeasure, REALISATION_MONTHS } from './realisation-rollup.ts';

export interface KeyRealisation {
  /** The months of the year with a value, in order. */
  months: MonthValue[];
  /** Active participants stored for December of the year before (stocks only), else null. */
  previousDecember: number | null;
}

export interface RealisationOptions {
  /** The months after it do not count (a cut-off); 12 by default. */
  lastMonth?: number;
  /** Read the membership months, never the rollup (the tests compare both paths). */
  raw?: boolean;
}

const figureOf = (metric: TargetMetric): MonthlyFigure => (metric === 'ACTIVE_PARTICIPANTS' ? 'active' : 'new');

async function keyRows(db: Database, year: number, scope: BranchScope, measures: string[], raw: boolean): Promise<Row[]> {
  return runQuery(db, realisationCube, {
    dimensions: ['branch', 'program', 'segment'],
    measures,
    filters: [{ member: 'year', op: 'equals', value: year }, ...scopeFilters(scope)],
    namedFilters: ['enrolments'],
  }, { ordered: false, raw });
}

/**
 * Each key's months of the year (program enrolments: active or new participants). A month
 * without a row, or whose row carries no flow, is no observation. For a stock whose latest month
 * is before December the December before is read too (only then is it a start: a key as at
 * December is final).
 */
export async function realisationByKey(db: Database, year: number, metric: TargetMetric, scope: BranchScope, opts: RealisationOptions = {}): Promise<Map<string, KeyRealisation>> {
  const out = new Map<string, KeyRealisation>();
  const months = REALISATION_MONTHS.filter((m) => m <= (opts.lastMonth ?? 12));
  if (months.length === 0) return out;
  const figure = figureOf(metric);
  const raw = opts.raw === true;
  let running = false;
  for (const r of await keyRows(db, year, scope, months.map((m) => monthMeasure(figure, m)), raw)) {
    const series: MonthValue[] = [];
    for (const month of months) {
      const value = r[monthMeasure(figure, month)];
      if (value !== null && value !== undefined) series.push({ month, value: Number(value) });
    }
    if (series.length === 0) continue;
    if (series.at(-1)!.month < 12) running = true;
    out.set(branchKey(r.branch, r.program, r.segment), { months: series, previousDecember: null });
  }
  // A key without months has no data, whatever its start; one as at December is final.
  if (metric !== 'ACTIVE_PARTICIPANTS' || !running) return out;
  for (const r of await keyRows(db, year - 1, scope, [monthMeasure('active', 12)], raw)) {
    const known = out.get(branchKey(r.branch, r.program, r.segment));
    const december = r[monthMeasure('active', 12)];
    if (known && december !== null && december !== undefined) known.previousDecember = Number(december);
  }
  return out;
}
