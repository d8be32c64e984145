// Realisation of targets, always computed from the stored facts: active participants at the
// year's end (stock), new participants summed over the year (flow), or the registrations of a
// staff member's campaign activities. Each comes back keyed like the targets it answers.
import { monthIndex } from '../../analytics/periods.ts';
import type { Filter } from '../../analytics/model.ts';
import { runQuery } from '../../analytics/run.ts';
import type { Database } from '../../db/orm.ts';
import { PROGRAMS, type TargetMetric } from '../../domain/catalog.ts';
import { campaignCube } from '../campaigns/cube.ts';
import { membershipCube } from '../membership/cube.ts';

export interface Realised {
  /** Value per target key `branch|program|segment` (branch level) or `branch|staff` (staff). */
  values: Map<string, number>;
  /** Latest month index with data in the year, if any. */
  asOfIndex: number | null;
}

export const branchKey = (branch: unknown, program: unknown, segment: unknown) => `${branch}|${program}|${segment}`;
export const staffKey = (branch: unknown, staff: unknown) => `${branch}|${staff}`;

function yearFilters(year: number, branch: string | undefined): Filter[] {
  const filters: Filter[] = [{ member: 'periodIndex', op: 'between', from: monthIndex(year, 1), to: monthIndex(year, 12) }];
  if (branch) filters.push({ member: 'branch', op: 'equals', value: branch });
  return filters;
}

/** Active participants (stock, year-end) or new participants (flow, summed) per branch, program and segment. */
export async function realisedMembership(db: Database, year: number, metric: TargetMetric, branch?: string): Promise<Realised> {
  const measure = metric === 'ACTIVE_PARTICIPANTS' ? 'activeParticipants' : 'newParticipants';
  const rows = await runQuery(db, membershipCube, {
    dimensions: ['branch', 'program', 'segment'],
    measures: [measure, 'asOfIndex'],
    filters: [...yearFilters(year, branch), { member: 'program', op: 'in', values: [...PROGRAMS] }],
  });
  return collect(rows, (r) => branchKey(r.branch, r.program, r.segment), measure);
}

/** Registrations of each staff member's activities in the year. */
export async function realisedByStaff(db: Database, year: number, branch?: string): Promise<Realised> {
  const rows = await runQuery(db, campaignCube, {
    dimensions: ['branch', 'STAFF'],
    measures: ['registrations', 'maxPeriodIndex'],
    filters: yearFilters(year, branch),
  });
  return collect(rows, (r) => staffKey(r.branch, r.STAFF), 'registrations', 'maxPeriodIndex');
}

function collect(rows: Record<string, unknown>[], key: (r: Record<string, unknown>) => string, measure: string, asOf = 'asOfIndex'): Realised {
  const values = new Map<string, number>();
  let asOfIndex: number | null = null;
  for (const r of rows) {
    values.set(key(r), Number(r[measure] ?? 0));
    if (r[asOf] !== null && r[asOf] !== undefined) asOfIndex = Math.max(asOfIndex ?? 0, Number(r[asOf]));
  }
  return { values, asOfIndex };
}
