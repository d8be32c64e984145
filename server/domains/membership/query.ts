// membershipTrend: series of active participants per segment (and program), stock semantics.
import { type Granularity, monthLabel, parseRange } from '../../analytics/periods.ts';
import type { Filter } from '../../analytics/model.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { NONE, PROGRAMS, type Program, SEGMENTS, type Segment } from '../../domain/catalog.ts';
import { BadInputError } from '../../errors.ts';
import { resolveBranch } from '../branches/query.ts';
import { type AggregateSource, combinedSource, orNull } from '../source.ts';
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
  newParticipants: number | null;
  lapsedParticipants: number | null;
  asOf: string;
  source: AggregateSource;
}

export interface MembershipSeries {
  segment: Segment;
  program: Program | null;
  points: MembershipPoint[];
}

const GRANULARITIES: Granularity[] = ['YEAR', 'QUARTER', 'MONTH'];

export async function membershipTrend(db: Database, args: MembershipTrendArgs): Promise<MembershipSeries[]> {
  const granularity = args.granularity ?? 'YEAR';
  if (!GRANULARITIES.includes(granularity)) throw new BadInputError('granularity', `"${granularity}" is not YEAR, QUARTER or MONTH`);
  const range = parseRange(args.from, args.to);
  const branch = await resolveBranch(db, args.branch);
  const filters: Filter[] = [{ member: 'periodIndex', op: 'between', from: range.start, to: range.end }];
  if (branch) filters.push({ member: 'branch', op: 'equals', value: branch });
  if (args.segments) filters.push({ member: 'segment', op: 'in', values: [...args.segments] });
  filters.push(args.programs ? { member: 'program', op: 'in', values: [...args.programs] } : { member: 'program', op: 'equals', value: NONE });

  const rows = await runQuery(db, membershipCube, {
    dimensions: ['segment', 'program', granularity],
    measures: ['activeParticipants', 'newParticipants', 'lapsedParticipants', 'asOfIndex', 'sourceMin', 'sourceMax'],
    filters,
    order: [{ member: 'segment' }, { member: 'program' }, { member: granularity }],
  });

  const series = new Map<string, MembershipSeries>();
  for (const row of rows) {
    const key = `${row.segment}|${row.program}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { segment: row.segment as Segment, program: orNull(row.program) as Program | null, points: [] }));
    const active = Number(row.activeParticipants);
    const previous = s.points.at(-1)?.activeParticipants;
    const change = previous === undefined ? null : active - previous;
    s.points.push({
      period: String(row[granularity]),
      activeParticipants: active,
      change,
      changePct: change === null || !previous ? null : round((change / previous) * 100, 2),
      newParticipants: row.newParticipants === null ? null : Number(row.newParticipants),
      lapsedParticipants: row.lapsedParticipants === null ? null : Number(row.lapsedParticipants),
      asOf: monthLabel(Number(row.asOfIndex)),
      source: combinedSource(row.sourceMin, row.sourceMax),
    });
  }
  const order = (list: readonly string[], value: string | null) => (value === null ? -1 : list.indexOf(value));
  return [...series.values()].sort(
    (a, b) => order(SEGMENTS, a.segment) - order(SEGMENTS, b.segment) || order(PROGRAMS, a.program) - order(PROGRAMS, b.program),
  );
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
