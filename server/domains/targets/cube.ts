// Targets as a cube: target values are summed within a group (a program's target is the sum
// of its segments' targets).
import type { Cube } from '../../analytics/model.ts';

export const targetCube: Cube = {
  table: 'target',
  time: 'year',
  stockPartition: [],
  measures: {
    target: { kind: 'sum', sql: 'target', type: 'integer' },
    sourceMin: { kind: 'min', sql: 'source', type: 'text' },
    sourceMax: { kind: 'max', sql: 'source', type: 'text' },
  },
  dimensions: {
    branch: { sql: 'branch_code' },
    year: { sql: 'year' },
    metric: { sql: 'metric' },
    program: { sql: 'program' },
    segment: { sql: 'segment' },
    staff: { sql: 'staff_code' },
    hasStaff: { sql: "CASE WHEN staff_code = '' THEN 0 ELSE 1 END" },
  },
};
