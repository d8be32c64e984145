// The monthly series behind each target key of a branch (branch, program, segment), read in
// SQL from the realisation cube (cube.ts): one row per key with its months in columns, from the
// realisation rollup whenever it answers. A stock (active participants) also gets the key's
// December of the year before, the start of its run rate, when that is stored.
import type { Database } from '../../db/orm.ts';
import type { TargetMetric } from '../../../common/vocabulary/catalog.ts';
import { monthIndex } from '../../analytics/periods.ts';
import { runQuery, type Row } from '../../analytics/run.ts';
import { type BranchScope, scopeFilters } from '../branches/scope.ts';
import { membershipCube } from '../membership/cube.ts';
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
  /** Read a running stock's December of the year before (true by default): only a projection needs it. */
  yearEndBefore?: boolean;
}

async function keyRows(db: Database, year: number, scope: BranchScope, measures: string[], raw: boolean): Promise<Row[]> {
  return runQuery(db, realisationCube, {
    dimensions: ['branch', 'program', 'segment'],
    measures,
    filters: [{ member: 'year', op: 'equals', value: year }, ...scopeFilters(scope)],
    namedFilters: ['enrolments'],
  }, { ordered: false, raw });
}

/** The latest month of the year (1–12) with program enrolments in the scope, null for none. */
async function latestMonth(db: Database, year: number, scope: BranchScope, raw: boolean): Promise<number | null> {
  const [row] = await runQuery(db, membershipCube, {
    dimensions: [],
    measures: ['asOfIndex'],
    filters: [{ member: 'periodIndex', op: 'between', from: monthIndex(year, 1), to: monthIndex(year, 12) }, ...scopeFilters(scope)],
    namedFilters: ['enrolments'],
  }, { raw });
  return row?.asOfIndex === null || row?.asOfIndex === undefined ? null : Number(row.asOfIndex) - monthIndex(year, 1) + 1;
}

/** Each key's months 1 to `last` that have a value, into `out`; whether any key is still running (its latest before December). */
function addSeries(out: Map<string, KeyRealisation>, rows: Row[], figure: MonthlyFigure, last: number): boolean {
  let running = false;
  for (const r of rows) {
    const series: MonthValue[] = [];
    for (const month of REALISATION_MONTHS) {
      if (month > last) break;
      const value = r[monthMeasure(figure, month)];
      if (value !== null && value !== undefined) series.push({ month, value: Number(value) });
    }
    if (series.length === 0) continue;
    if (series.at(-1)!.month < 12) running = true;
    out.set(branchKey(r.branch, r.program, r.segment), { months: series, previousDecember: null });
  }
  return running;
}

const monthsUpTo = (figure: MonthlyFigure, last: number) => REALISATION_MONTHS.filter((m) => m <= last).map((m) => monthMeasure(figure, m));

/**
 * Each key's months of the year (program enrolments: active or new participants). A month
 * without a row, or whose row carries no flow, is no observation. A stock reads no more than it
 * needs: a key as at December is final (its December alone says so), so in a year the scope has
 * reported to December only the keys without one read their months, and in a running year
 * every key reads the months reported so far; only a running key needs the December before,
 * the start of its run rate.
 */
export async function realisationByKey(db: Database, year: number, metric: TargetMetric, scope: BranchScope, opts: RealisationOptions = {}): Promise<Map<string, KeyRealisation>> {
  const out = new Map<string, KeyRealisation>();
  const cut = opts.lastMonth ?? 12;
  if (cut < 1) return out;
  const raw = opts.raw === true;
  if (metric !== 'ACTIVE_PARTICIPANTS') {
    addSeries(out, await keyRows(db, year, scope, monthsUpTo('new', cut), raw), 'new', cut);
    return out;
  }
  const latest = await latestMonth(db, year, scope, raw);
  if (latest === null) return out;
  const last = Math.min(latest, cut);
  let running: BranchScope | null = scope;
  if (last === 12) {
    // Every key with a month in the year has a row; those without a December read their months.
    const decembers = await keyRows(db, year, scope, [monthMeasure('active', 12)], raw);
    addSeries(out, decembers, 'active', 12);
    const open = [...new Set(decembers.filter((k) => k[monthMeasure('active', 12)] === null).map((k) => String(k.branch)))];
    running = open.length ? { ...scope, codes: open } : null;
  }
  if (!running) return out;
  // The months and the December before at once: only a running key needs the latter, but
  // asking for it only after the months would wait for them.
  const [rows, decembersBefore] = await Promise.all([
    keyRows(db, year, running, monthsUpTo('active', last), raw),
    opts.yearEndBefore === false ? [] : keyRows(db, year - 1, running, [monthMeasure('active', 12)], raw),
  ]);
  addSeries(out, rows, 'active', last);
  for (const r of decembersBefore) {
    const known = out.get(branchKey(r.branch, r.program, r.segment));
    const december = r[monthMeasure('active', 12)];
    if (known && december !== null && december !== undefined && known.months.at(-1)!.month < 12) known.previousDecember = Number(december);
  }
  return out;
}
