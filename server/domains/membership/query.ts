// membershipTrend: series of active participants per segment (and program), stock semantics.
import { bucketLabel, type Granularity, type MonthRange, monthLabel, parsePeriod, parseRange } from '../../analytics/periods.ts';
import type { CubeQuery, Filter } from '../../analytics/model.ts';
import { planQuery, type Row, runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import type { AnswerFields } from '../question.ts';
import { PROGRAMS, type Program, SEGMENTS, type Segment } from '../../../common/vocabulary/catalog.ts';
import { type CountUnit, Granularity as GranularityEnum } from '../../../common/vocabulary/schema-enums.ts';
import { BadInputError } from '../../errors.ts';
import { resolveScope } from '../branches/scope.ts';
import { type AggregateSource, combinedSource, orNull } from '../source.ts';
import { BUCKET_COVERAGE_MEASURES, bucketCoverage, LINK_DIMENSIONS, linksBySeries } from './bucket-coverage.ts';
import { type ChangeUnavailable, changeAgainst, previousPeriodLabel, stockBefore } from './change.ts';
import { coverageByPoint, type PointCoverage, pointCoverage } from './coverage.ts';
import { membershipCube } from './cube.ts';
import { MONTH_COVERAGE_MEASURES, monthCoverage } from './month-coverage.ts';
import { withScope } from './office-scope.ts';

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

type Ask = (months: Partial<MonthRange>, measures: string[], bucket: Granularity, byBranch?: boolean) => Promise<Row[]>;
/** The scoped query of some measures by some dimensions over some months, and its rows (unordered). */
type Query = (months: Partial<MonthRange>, measures: string[], dimensions: string[]) => CubeQuery;
type AskBy = (months: Partial<MonthRange>, measures: string[], dimensions: string[]) => Promise<Row[]>;

/** A window's rows (one per series and period), the stocks by `series|period` (the period before the window's first included), and each point's coverage. */
interface Points {
  rows: Row[];
  stocks: Map<string, number>;
  coverage(key: string, previousKey: string, firstMonth: number): PointCoverage;
}

/**
 * The point fields that need more than the window's own rows: the change against the period
 * before, the flows (given only where they cover it) and the branches behind each point.
 */
const COVERAGE_FIELDS = ['change', 'changePct', 'changeUnavailable', 'newParticipants', 'lapsedParticipants', 'flowsIncomplete', 'reportingBranches'];

/** Whether an answer with these fields selected (every field when unsaid) reads the coverage and the period before. */
export const asksCoverage = (fields: ReadonlySet<string> | undefined): boolean => !fields || COVERAGE_FIELDS.some((field) => fields.has(`points.${field}`));

/** A point's coverage when no selected field needs it (asksCoverage): nothing measured. */
const UNMEASURED: PointCoverage = { reportingBranches: 0, sameBranches: false, newCovered: false, lapsedCovered: false };

/**
 * The trend. `raw: true` reads the months themselves, never a rollup, and takes a quarter's or a
 * year's coverage from per-branch facts (the tests compare both ways). When `fields` selects
 * none of COVERAGE_FIELDS, only the window's rows are read: the period before and the
 * branches behind each point are not, and those fields read null (or 0 branches).
 */
export async function membershipTrend(db: Database, args: MembershipTrendArgs, opts: { raw?: boolean } & AnswerFields = {}): Promise<MembershipSeries[]> {
  const granularity = args.granularity ?? 'YEAR';
  if (!GRANULARITIES.includes(granularity)) throw new BadInputError('granularity', `"${granularity}" is not YEAR, QUARTER or MONTH`);
  const range = parseRange(args.from, args.to);
  const scope = await resolveScope(db, args);
  const series: Filter[] = [];
  if (args.segments) series.push({ member: 'segment', op: 'in', values: [...args.segments] });
  if (args.programs) series.push({ member: 'program', op: 'in', values: [...args.programs] });
  // Without programs the series count persons (the program-less rows), as the study's tables do.
  const namedFilters = args.programs ? [] : ['persons'];
  const filters = (months: Partial<MonthRange>): Filter[] => [{ member: 'periodIndex', op: 'between', from: months.start, to: months.end }, ...series];
  const query: Query = (months, measures, dimensions) => withScope(membershipCube, { dimensions, measures, filters: filters(months), namedFilters }, scope);
  // The per-branch rows only feed the coverage maps: no need to order them.
  const ask: Ask = (months, measures, bucket, byBranch = false) =>
    runQuery(db, membershipCube, query(months, measures, ['segment', 'program', bucket, ...(byBranch ? ['branch'] : [])]), { ordered: !byBranch, raw: opts.raw });
  const askBy: AskBy = (months, measures, dimensions) => runQuery(db, membershipCube, query(months, measures, dimensions), { ordered: false, raw: opts.raw });
  // Quarters and years from counts where a rollup holds them (the nation's, an office's), else from each branch's facts.
  const rolled = (q: CubeQuery) => planQuery(membershipCube, q).table !== membershipCube.table;
  const counted = !opts.raw && rolled(query(range, [...MEASURES, ...BUCKET_COVERAGE_MEASURES], ['segment', 'program', granularity])) && rolled(query(range, ['reportingBranches'], LINK_DIMENSIONS));

  const points = !asksCoverage(opts.fields)
    ? { rows: await ask(range, MEASURES, granularity), stocks: new Map<string, number>(), coverage: () => UNMEASURED }
    : granularity === 'MONTH'
      ? await monthPoints(ask, range)
      : counted
        ? await countedBucketPoints(ask, askBy, range, granularity)
        : await bucketPoints(ask, range, granularity);
  const out = new Map<string, MembershipSeries>();
  for (const row of points.rows) {
    let s = out.get(seriesKey(row));
    if (!s) {
      const program = orNull(row.program) as Program | null;
      out.set(seriesKey(row), (s = { segment: row.segment as Segment, program, unit: program ? 'ENROLMENTS' : 'PERSONS', points: [] }));
    }
    const period = String(row[granularity]);
    const previousKey = `${seriesKey(row)}|${previousPeriodLabel(period, granularity)}`;
    const firstMonth = Math.max(parsePeriod('period', period).start, range.start ?? -Infinity);
    const coverage = points.coverage(`${seriesKey(row)}|${period}`, previousKey, firstMonth);
    const active = Number(row.activeParticipants);
    // The flows count only when they cover every month of the change (else they are a partial sum).
    const newParticipants = coverage.newCovered ? toNumber(row.newParticipants) : null;
    const lapsedParticipants = coverage.lapsedCovered ? toNumber(row.lapsedParticipants) : null;
    const flowSource = row.flowSourceMin === null && row.flowSourceMax === null ? null : combinedSource(row.flowSourceMin, row.flowSourceMax);
    s.points.push({
      period,
      activeParticipants: active,
      ...changeAgainst(active, points.stocks.get(previousKey), coverage.sameBranches),
      newParticipants,
      lapsedParticipants,
      flowsIncomplete: (row.newParticipants !== null && newParticipants === null) || (row.lapsedParticipants !== null && lapsedParticipants === null),
      reportingBranches: coverage.reportingBranches,
      asOf: monthLabel(Number(row.asOfIndex)),
      source: combinedSource(row.sourceMin, row.sourceMax),
      flowSource,
    });
  }
  const order = (list: readonly string[], value: string | null) => (value === null ? -1 : list.indexOf(value));
  return [...out.values()].sort(
    (a, b) => order(SEGMENTS, a.segment) - order(SEGMENTS, b.segment) || order(PROGRAMS, a.program) - order(PROGRAMS, b.program),
  );
}

/**
 * Quarters and years: a point's branches may stand at different months, so the per-branch
 * queries say which branches stand behind each point (see coverage.ts). The first point's
 * change needs the stock just before the window (see stockBefore); it stands as the previous
 * period of the window's first bucket.
 */
async function bucketPoints(ask: Ask, range: Partial<MonthRange>, granularity: Granularity): Promise<Points> {
  const before = range.start === undefined ? undefined : stockBefore(range.start, granularity);
  const [rows, branchRows, beforeRows, beforeBranchRows] = await Promise.all([
    ask(range, MEASURES, granularity),
    ask(range, ['asOfIndex', 'monthsWithNew', 'monthsWithLapsed'], granularity, true),
    before ? ask(before.months, ['activeParticipants'], before.granularity) : Promise.resolve([]),
    before ? ask(before.months, ['asOfIndex'], before.granularity, true) : Promise.resolve([]),
  ]);
  const firstPrevious = range.start === undefined ? '' : previousPeriodLabel(bucketLabel(range.start, granularity), granularity);
  const branches = new Map([
    ...coverageByPoint(beforeBranchRows, seriesKey, () => firstPrevious),
    ...coverageByPoint(branchRows, seriesKey, (row) => String(row[granularity])),
  ]);
  return {
    rows,
    stocks: stocksByPoint(rows, beforeRows, granularity, firstPrevious),
    coverage: (key, previousKey, firstMonth) => pointCoverage(branches.get(key) ?? new Map(), branches.get(previousKey), firstMonth),
  };
}

/**
 * Quarters and years from counts (bucket-coverage.ts): each point's row with the sums that
 * decide its coverage, the stock before the window, and the links of the window's months (and
 * those before it) to the next month each branch reports in. A point's months are its bucket's
 * within the window; the previous point's are the bucket before (within the window), or for the
 * window's first the months before it (stockBefore).
 */
async function countedBucketPoints(ask: Ask, askBy: AskBy, range: Partial<MonthRange>, granularity: Granularity): Promise<Points> {
  const before = range.start === undefined ? undefined : stockBefore(range.start, granularity);
  const [rows, beforeRows, linkRows] = await Promise.all([
    ask(range, [...MEASURES, ...BUCKET_COVERAGE_MEASURES], granularity),
    before ? ask(before.months, ['activeParticipants', 'reportingBranches'], before.granularity) : Promise.resolve([]),
    askBy({ start: before?.months.start, end: range.end }, ['reportingBranches'], LINK_DIMENSIONS),
  ]);
  const firstLabel = range.start === undefined ? undefined : bucketLabel(range.start, granularity);
  const firstPrevious = firstLabel === undefined ? '' : previousPeriodLabel(firstLabel, granularity);
  const branches = new Map<string, number>();
  for (const row of beforeRows) branches.set(`${seriesKey(row)}|${firstPrevious}`, Number(row.reportingBranches));
  for (const row of rows) branches.set(`${seriesKey(row)}|${row[granularity]}`, Number(row.reportingBranches));
  const links = linksBySeries(linkRows, seriesKey);
  const byKey = new Map(rows.map((row) => [`${seriesKey(row)}|${row[granularity]}`, row]));
  return {
    rows,
    stocks: stocksByPoint(rows, beforeRows, granularity, firstPrevious),
    coverage: (key, previousKey, firstMonth) => {
      const row = byKey.get(key)!;
      const period = String(row[granularity]);
      const bucket = parsePeriod('period', period);
      const months = { start: firstMonth, end: Math.min(bucket.end, range.end ?? Infinity) };
      const previous = period === firstLabel ? before!.months : { start: Math.max(bucket.start - (bucket.end - bucket.start + 1), range.start ?? -Infinity), end: firstMonth - 1 };
      return bucketCoverage(row, months, previous, branches.get(previousKey), links.get(seriesKey(row)));
    },
  };
}

/**
 * Months: every branch's value is the month's own, so the coverage is counts of one query
 * (month-coverage.ts), which the month rollup answers for the nation and an office without a
 * row per branch. The first point compares with the month before the window.
 */
async function monthPoints(ask: Ask, range: Partial<MonthRange>): Promise<Points> {
  const before = range.start === undefined ? undefined : stockBefore(range.start, 'MONTH').months;
  const [rows, beforeRows] = await Promise.all([
    ask(range, [...MEASURES, ...MONTH_COVERAGE_MEASURES], 'MONTH'),
    before ? ask(before, ['activeParticipants', ...MONTH_COVERAGE_MEASURES], 'MONTH') : Promise.resolve([]),
  ]);
  const byKey = new Map([...beforeRows, ...rows].map((row) => [`${seriesKey(row)}|${row.MONTH}`, row]));
  return {
    rows,
    stocks: stocksByPoint(rows, beforeRows, 'MONTH'),
    coverage: (key, previousKey) => monthCoverage(byKey.get(key)!, byKey.get(previousKey)),
  };
}

/** Active participants by `series|period`; the rows before the window under `beforeLabel` (their own period by default). */
function stocksByPoint(rows: Row[], beforeRows: Row[], granularity: Granularity, beforeLabel?: string): Map<string, number> {
  const stocks = new Map<string, number>();
  for (const row of beforeRows) stocks.set(`${seriesKey(row)}|${beforeLabel ?? row[granularity]}`, Number(row.activeParticipants));
  for (const row of rows) stocks.set(`${seriesKey(row)}|${row[granularity]}`, Number(row.activeParticipants));
  return stocks;
}
