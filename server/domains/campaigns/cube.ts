// Campaign activities as a cube: every measure is a flow (summed over activities and time);
// the ratios are derived from the sums, so they are right at every grouping.
import type { Cube } from '../../analytics/model.ts';

const orNone = (column: string) => `CASE WHEN ${column} = '' THEN '(none)' ELSE ${column} END`;

export const campaignCube: Cube = {
  table: 'campaign_activity',
  time: 'period_index',
  stockPartition: [],
  measures: {
    activities: { kind: 'count' },
    reach: { kind: 'sum', sql: 'reach', type: 'integer' },
    leads: { kind: 'sum', sql: 'COALESCE(leads, 0)', type: 'integer' },
    registrations: { kind: 'sum', sql: 'registrations', type: 'integer' },
    costIdr: { kind: 'sum', sql: 'cost_idr', type: 'integer' },
    conversionRate: { kind: 'ratio', numerator: 'registrations', denominator: 'reach', scale: 100 },
    costPerRegistration: { kind: 'ratio', numerator: 'costIdr', denominator: 'registrations' },
    registrationsPerActivity: { kind: 'ratio', numerator: 'registrations', denominator: 'activities' },
    activityMin: { kind: 'min', sql: 'activity', type: 'text' },
    activityMax: { kind: 'max', sql: 'activity', type: 'text' },
    maxPeriodIndex: { kind: 'max', sql: 'period_index', type: 'integer' },
    sourceMin: { kind: 'min', sql: 'source', type: 'text' },
    sourceMax: { kind: 'max', sql: 'source', type: 'text' },
    // Reach split by what it counts (attendees vs impressions), for groups that mix the types.
    attendees: { kind: 'sum', sql: "CASE WHEN activity = 'SOCIALISATION' THEN reach ELSE 0 END", type: 'integer' },
    impressions: { kind: 'sum', sql: "CASE WHEN activity = 'PROMOTION' THEN reach ELSE 0 END", type: 'integer' },
    // Second moments over activities, for the variances in effectiveness/statistics.ts. The
    // products of cost and reach pass 2^53 in total at national scale (cost² reaches 1.6e15 on
    // one row, over 3 M rows), so they are summed exactly as wide integers and rounded once: a
    // float sum would differ in the last bits between SQLite and PostgreSQL.
    registrationsSquared: { kind: 'sum', sql: (d) => `${d.integer('registrations')} * registrations`, type: 'integer' },
    costSquared: { kind: 'sum', sql: (d) => `${d.wide('cost_idr')} * cost_idr`, type: 'wideInteger' },
    costTimesRegistrations: { kind: 'sum', sql: (d) => `${d.wide('cost_idr')} * registrations`, type: 'wideInteger' },
    reachSquared: { kind: 'sum', sql: (d) => `${d.wide('reach')} * reach`, type: 'wideInteger' },
    reachTimesRegistrations: { kind: 'sum', sql: (d) => `${d.wide('reach')} * registrations`, type: 'wideInteger' },
  },
  dimensions: {
    branch: { sql: 'branch_code' },
    periodIndex: { sql: 'period_index' },
    activityType: { sql: 'activity' },
    CHANNEL: { sql: 'channel' },
    ACTIVITY: { sql: 'activity' },
    MEDIUM: { sql: 'medium' },
    MONTH: { sql: (d) => d.monthLabel('year', 'month') },
    QUARTER: { sql: (d) => d.quarterLabel('year', 'month') },
    YEAR: { sql: (d) => d.yearLabel('year') },
    STAFF: { sql: orNone('staff_code') },
    SEGMENT: { sql: orNone('segment') },
  },
};

/** The measures every reach or effectiveness answer carries. */
export const REACH_MEASURES = [
  'activities',
  'reach',
  'leads',
  'registrations',
  'costIdr',
  'conversionRate',
  'costPerRegistration',
  'registrationsPerActivity',
  'activityMin',
  'activityMax',
  'sourceMin',
  'sourceMax',
];
