// The sums every campaign rollup table holds per group, written once: their columns, their SQL
// over the activities (a table filled from them) and over the groups of a finer table (a table
// filled from another rollup), and how the cube's raw measures read them back. The statistics'
// second moments are split exactly (moment-terms.ts, SqlDialect.splitTerm), so that the answers
// read from any of the tables are the activities' answers.
import type { SqlDialect } from '../../analytics/dialects/dialect.ts';
import type { Rollup } from '../../analytics/model.ts';
import { registrationsSquaredTerm, WIDE_MOMENTS } from './moment-terms.ts';

export interface GroupSum {
  column: string;
  /** The sum over activities. */
  ofActivities: string;
  /** The sum over the groups of a finer rollup table. */
  ofGroups: string;
}

const MOMENTS = Object.values(WIDE_MOMENTS);

/**
 * The sums of a group, past its key and time. `medium` only where the key holds the channel (it
 * is the channel's medium); the smallest and largest source in byte order, as the cube takes
 * them; the moments' parts, `over` NULL while no term passed 2^63.
 */
export function groupSums(d: SqlDialect, opts: { medium: boolean }): GroupSum[] {
  const sums: GroupSum[] = [
    { column: 'activities', ofActivities: 'COUNT(*)', ofGroups: 'SUM(activities)' },
    { column: 'reach', ofActivities: 'SUM(reach)', ofGroups: 'SUM(reach)' },
    { column: 'leads', ofActivities: 'SUM(COALESCE(leads, 0))', ofGroups: 'SUM(leads)' },
    { column: 'registrations', ofActivities: 'SUM(registrations)', ofGroups: 'SUM(registrations)' },
    { column: 'cost_idr', ofActivities: 'SUM(cost_idr)', ofGroups: 'SUM(cost_idr)' },
    { column: 'source_min', ofActivities: `MIN(${d.byteOrder('source')})`, ofGroups: `MIN(${d.byteOrder('source_min')})` },
    { column: 'source_max', ofActivities: `MAX(${d.byteOrder('source')})`, ofGroups: `MAX(${d.byteOrder('source_max')})` },
    { column: 'registrations_sq', ofActivities: `SUM(${registrationsSquaredTerm(d)})`, ofGroups: 'SUM(registrations_sq)' },
    ...MOMENTS.flatMap((m) => {
      const p = d.splitTerm(m.sql(d));
      return [
        { column: `${m.column}_high`, ofActivities: `COALESCE(SUM(${p.high}), 0)`, ofGroups: `SUM(${m.column}_high)` },
        { column: `${m.column}_low`, ofActivities: `COALESCE(SUM(${p.low}), 0)`, ofGroups: `SUM(${m.column}_low)` },
        { column: `${m.column}_over`, ofActivities: `SUM(${p.over})`, ofGroups: `SUM(${m.column}_over)` },
      ];
    }),
  ];
  return opts.medium ? [{ column: 'medium', ofActivities: 'MIN(medium)', ofGroups: 'MIN(medium)' }, ...sums] : sums;
}

/** How a rollup table answers the cube's raw measures: aggregates of its groups' sums. `latestMonth`: the column of a group's latest month. */
export function rollupMeasures(latestMonth: string): Rollup['measures'] {
  return {
    activities: { kind: 'sum', sql: 'activities', type: 'integer' },
    reach: { kind: 'sum', sql: 'reach', type: 'integer' },
    leads: { kind: 'sum', sql: 'leads', type: 'integer' },
    registrations: { kind: 'sum', sql: 'registrations', type: 'integer' },
    costIdr: { kind: 'sum', sql: 'cost_idr', type: 'integer' },
    activityMin: { kind: 'min', sql: 'activity', type: 'text' },
    activityMax: { kind: 'max', sql: 'activity', type: 'text' },
    maxPeriodIndex: { kind: 'max', sql: latestMonth, type: 'integer' },
    sourceMin: { kind: 'min', sql: 'source_min', type: 'text' },
    sourceMax: { kind: 'max', sql: 'source_max', type: 'text' },
    attendees: { kind: 'sum', sql: "CASE WHEN activity = 'SOCIALISATION' THEN reach ELSE 0 END", type: 'integer' },
    impressions: { kind: 'sum', sql: "CASE WHEN activity = 'PROMOTION' THEN reach ELSE 0 END", type: 'integer' },
    registrationsSquared: { kind: 'sum', sql: 'registrations_sq', type: 'integer' },
    ...Object.fromEntries(
      Object.entries(WIDE_MOMENTS).map(([name, m]) => [name, { kind: 'splitSum', high: `${m.column}_high`, low: `${m.column}_low`, over: `${m.column}_over` }]),
    ),
  };
}
