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
