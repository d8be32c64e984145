// membershipTrend: series of active participants per segment (and program), stock semantics.
import { bucketLabel, type Granularity, type MonthRange, monthLabel, parseRange } from '../../analytics/periods.ts';
import type { Filter } from '../../analytics/model.ts';
import { type Row, runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { NONE, PROGRAMS, type Program, SEGMENTS, type Segment } from '../../domain/catalog.ts';
import { BadInputError } from '../../errors.ts';
import { resolveBranch } from '../branches/query.ts';
import { type AggregateSource, combinedSource, orNull } from '../source.ts';
import { type ChangeUnavailable, changeAgainst, stockBefore, previousPeriodLabel, roundTo } from './change.ts';
import { membershipCube } from './cube.ts';

export interface MembershipTrendArgs {
  branch?: string | null;
  segments?: readonly string[] | null;
  programs?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  granularity?: Granularity | null;
}

export interface MembershipPoint {
  period: string;
  activeParticipants: number;
  change: number | null;
  changePct: number | null;
  changeUnavailable: ChangeUnavailable | null;
  newParticipants: number | null;
  lapsedParticipants: number | null;
  reportingBranches: number;
  asOf: string;
  source: AggregateSource;
  flowSource: AggregateSource | null;
}

export type CountUnit = 'PERSONS' | 'ENROLMENTS';

export interface MembershipSeries {
  segment: Segment;
  program: Program | null;
  unit: CountUnit;
  points: MembershipPoint[];
}

const GRANULARITIES: Granularity[] = ['YEAR', 'QUARTER', 'MONTH'];
const MEASURES = ['activeParticipants', 'newParticipants', 'lapsedParticipants', 'reportingBranches', 'asOfIndex', 'sourceMin', 'sourceMax', 'flowSourceMin', 'flowSourceMax'];

const seriesKey = (row: Row) => `${row.segment}|${row.program}`;
const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export async function membershipTrend(db: Database, args: MembershipTrendArgs): Promise<MembershipSeries[]> {
  const granularity = args.granularity ?? 'YEAR';
  if (!GRANULARITIES.includes(granularity)) throw new BadInputError('granularity', `"${granularity}" is not YEAR, QUARTER or MONTH`);
  const range = parseRange(args.from, args.to);
  const branch = await resolveBranch(db, args.branch);
  const scope: Filter[] = [];
  if (branch) scope.push({ member: 'branch', op: 'equals', value: branch });
  if (args.segments) scope.push({ member: 'segment', op: 'in', values: [...args.segments] });
  scope.push(args.programs ? { member: 'program', op: 'in', values: [...args.programs] } : { member: 'program', op: 'equals', value: NONE });
  const query = (months: Partial<MonthRange>, measures: string[], bucket = granularity) =>
    runQuery(db, membershipCube, {
      dimensions: ['segment', 'program', bucket],
      measures,
      filters: [{ member: 'periodIndex', op: 'between', from: months.start, to: months.end }, ...scope],
      order: [{ member: 'segment' }, { member: 'program' }, { member: bucket }],
    });

  // The first point's change needs the stock just before the window (see stockBefore); it
  // stands as the previous period of the window's first bucket.
  const before = range.start === undefined ? undefined : stockBefore(range.start, granularity);
  const [rows, beforeRows] = await Promise.all([
    query(range, MEASURES),
    before ? query(before.months, ['activeParticipants', 'reportingBranches'], before.granularity) : Promise.resolve([]),
  ]);
  const stocks = new Map<string, { activeParticipants: number; reportingBranches: number }>();
  const stock = (row: Row) => ({ activeParticipants: Number(row.activeParticipants), reportingBranches: Number(row.reportingBranches) });
  const firstPrevious = range.start === undefined ? '' : previousPeriodLabel(bucketLabel(range.start, granularity), granularity);
  for (const row of beforeRows) stocks.set(`${seriesKey(row)}|${firstPrevious}`, stock(row));
  for (const row of rows) stocks.set(`${seriesKey(row)}|${row[granularity]}`, stock(row));

  const series = new Map<string, MembershipSeries>();
  for (const row of rows) {
    let s = series.get(seriesKey(row));
    if (!s) {
      const program = orNull(row.program) as Program | null;
      series.set(seriesKey(row), (s = { segment: row.segment as Segment, program, unit: program ? 'ENROLMENTS' : 'PERSONS', points: [] }));
    }
    const period = String(row[granularity]);
    const current = { activeParticipants: Number(row.activeParticipants), reportingBranches: Number(row.reportingBranches) };
    const previous = stocks.get(`${seriesKey(row)}|${previousPeriodLabel(period, granularity)}`);
    const flowSource = row.flowSourceMin === null && row.flowSourceMax === null ? null : combinedSource(row.flowSourceMin, row.flowSourceMax);
    s.points.push({
      period,
      ...current,
      ...changeAgainst(current, previous),
      newParticipants: toNumber(row.newParticipants),
      lapsedParticipants: toNumber(row.lapsedParticipants),
      asOf: monthLabel(Number(row.asOfIndex)),
      source: combinedSource(row.sourceMin, row.sourceMax),
      flowSource,
    });
  }
  const order = (list: readonly string[], value: string | null) => (value === null ? -1 : list.indexOf(value));
  return [...series.values()].sort(
    (a, b) => order(SEGMENTS, a.segment) - order(SEGMENTS, b.segment) || order(PROGRAMS, a.program) - order(PROGRAMS, b.program),
  );
}

/** Rounding of every percentage Pantau writes (half away from zero). */
export const round = roundTo;
