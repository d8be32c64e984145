// membershipTrend: series of active participants per segment (and program), stock semantics.
import { bucketLabel, type Granularity, type MonthRange, monthLabel, parsePeriod, parseRange } from '../../analytics/periods.ts';
import type { Filter } from '../../analytics/model.ts';
import { type Row, runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { PROGRAMS, type Program, SEGMENTS, type Segment } from '../../../common/vocabulary/catalog.ts';
import { type CountUnit, Granularity as GranularityEnum } from '../../../common/vocabulary/schema-enums.ts';
import { BadInputError } from '../../errors.ts';
import { resolveScope, scopeFilters } from '../branches/scope.ts';
import { type AggregateSource, combinedSource, orNull } from '../source.ts';
import { type ChangeUnavailable, changeAgainst, previousPeriodLabel, stockBefore } from './change.ts';
import { coverageByPoint, flowsCover, sameBranches } from './coverage.ts';
import { membershipCube } from './cube.ts';

export interface MembershipTrendArgs {
  branch?: string | null;
  region?: string | null;
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
  /** Some month of the change has no flows: new/lapsed are null rather than a partial sum. */
  flowsIncomplete: boolean;
  reportingBranches: number;
  asOf: string;
  source: AggregateSource;
  flowSource: AggregateSource | null;
}

export type { CountUnit };

export interface MembershipSeries {
  segment: Segment;
  program: Program | null;
  unit: CountUnit;
  points: MembershipPoint[];
}

const GRANULARITIES: readonly Granularity[] = Object.values(GranularityEnum);
const MEASURES = ['activeParticipants', 'newParticipants', 'lapsedParticipants', 'asOfIndex', 'sourceMin', 'sourceMax', 'flowSourceMin', 'flowSourceMax'];

const seriesKey = (row: Row) => `${row.segment}|${row.program}`;
const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export async function membershipTrend(db: Database, args: MembershipTrendArgs): Promise<MembershipSeries[]> {
  const granularity = args.granularity ?? 'YEAR';
  if (!GRANULARITIES.includes(granularity)) throw new BadInputError('granularity', `"${granularity}" is not YEAR, QUARTER or MONTH`);
  const range = parseRange(args.from, args.to);
  const scope: Filter[] = scopeFilters(await resolveScope(db, args));
  if (args.segments) scope.push({ member: 'segment', op: 'in', values: [...args.segments] });
  if (args.programs) scope.push({ member: 'program', op: 'in', values: [...args.programs] });
  // Without programs the series count persons (the program-less rows), as the study's tables do.
  const namedFilters = args.programs ? [] : ['persons'];
  const filters = (months: Partial<MonthRange>): Filter[] => [{ member: 'periodIndex', op: 'between', from: months.start, to: months.end }, ...scope];
  // The per-branch rows only feed the coverage maps: no need to order them.
  const query = (months: Partial<MonthRange>, measures: string[], bucket: Granularity, byBranch = false) =>
    runQuery(db, membershipCube, { dimensions: ['segment', 'program', bucket, ...(byBranch ? ['branch'] : [])], measures, filters: filters(months), namedFilters }, { ordered: !byBranch });

  // The first point's change needs the stock just before the window (see stockBefore); it
  // stands as the previous period of the window's first bucket. The per-branch queries say
  // which branches stand behind each point (see coverage.ts).
  const before = range.start === undefined ? undefined : stockBefore(range.start, granularity);
  const [rows, branchRows, beforeRows, beforeBranchRows] = await Promise.all([
    query(range, MEASURES, granularity),
    query(range, ['asOfIndex', 'monthsWithNew', 'monthsWithLapsed'], granularity, true),
    before ? query(before.months, ['activeParticipants'], before.granularity) : Promise.resolve([]),
    before ? query(before.months, ['asOfIndex'], before.granularity, true) : Promise.resolve([]),
  ]);
  const firstPrevious = range.start === undefined ? '' : previousPeriodLabel(bucketLabel(range.start, granularity), granularity);
  const coverage = new Map([
    ...coverageByPoint(beforeBranchRows, seriesKey, () => firstPrevious),
    ...coverageByPoint(branchRows, seriesKey, (row) => String(row[granularity])),
  ]);
  const stocks = new Map<string, number>();
  for (const row of beforeRows) stocks.set(`${seriesKey(row)}|${firstPrevious}`, Number(row.activeParticipants));
  for (const row of rows) stocks.set(`${seriesKey(row)}|${row[granularity]}`, Number(row.activeParticipants));

  const series = new Map<string, MembershipSeries>();
  for (const row of rows) {
    let s = series.get(seriesKey(row));
    if (!s) {
      const program = orNull(row.program) as Program | null;
      series.set(seriesKey(row), (s = { segment: row.segment as Segment, program, unit: program ? 'ENROLMENTS' : 'PERSONS', points: [] }));
    }
    const period = String(row[granularity]);
    const previousKey = `${seriesKey(row)}|${previousPeriodLabel(period, granularity)}`;
    const here = coverage.get(`${seriesKey(row)}|${period}`) ?? new Map();
    const there = coverage.get(previousKey);
    const active = Number(row.activeParticipants);
    // The flows count only when they cover every month of the change (else they are a partial sum).
    const firstMonth = Math.max(parsePeriod('period', period).start, range.start ?? -Infinity);
    const flow = (value: unknown, months: 'monthsWithNew' | 'monthsWithLapsed') => (flowsCover(here, there, firstMonth, months) ? toNumber(value) : null);
    const newParticipants = flow(row.newParticipants, 'monthsWithNew');
    const lapsedParticipants = flow(row.lapsedParticipants, 'monthsWithLapsed');
    const flowSource = row.flowSourceMin === null && row.flowSourceMax === null ? null : combinedSource(row.flowSourceMin, row.flowSourceMax);
    s.points.push({
      period,
      activeParticipants: active,
      ...changeAgainst(active, stocks.get(previousKey), !!there && sameBranches(here, there)),
      newParticipants,
      lapsedParticipants,
      flowsIncomplete: (row.newParticipants !== null && newParticipants === null) || (row.lapsedParticipants !== null && lapsedParticipants === null),
      reportingBranches: here.size,
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
